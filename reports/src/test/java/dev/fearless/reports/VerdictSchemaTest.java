package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TargetUsed;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.Verdict;

/** Every verdict {@link VerdictJson} writes is valid against the published {@code verdict.schema.json}. */
class VerdictSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = VerdictJson.class.getResourceAsStream("verdict.schema.json")) {
            assertThat(in).as("verdict.schema.json beside VerdictJson").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Stream<Verdict> verdicts() {
        StepResult nothingCounted = new StepResult("unit", "unit", Decision.STOP,
                "minTests is 0, but expected minimum is 1", 12, TestCounts.NONE, null, null,
                List.of(new RuleResult("minTests", 1, 0L, false, "minTests is 0, but expected minimum is 1"),
                        new RuleResult("passRate", 1.0, Double.NaN, false, "nothing counted")),
                List.of());
        return Stream.of(
                Verdicts.go(),
                Verdicts.go().withTarget(new TargetUsed("https://****@staging.example.com/",
                        "system property fearless.baseUrl")),
                Verdicts.goExcluding(),
                Verdicts.stop(),
                Verdict.error("predeploy", "fearless.yml:3:5: gates.predeploy[0].passRate is 1.5", 0, ExitCode.USAGE),
                new Verdict(Verdict.SCHEMA, "static-only", Decision.GO, "every rule held", 5, ExitCode.GO,
                        List.of(Verdicts.staticStep())),
                new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, "step unit: minTests", 20, ExitCode.STOP,
                        List.of(nothingCounted, StepResult.skipped("module", "module"))));
    }

    @ParameterizedTest
    @MethodSource("verdicts")
    void everyVerdictWrittenIsValid(Verdict verdict) throws Exception {
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(VerdictJson.toBytes(verdict)));

        assertThat(errors).isEmpty();
    }

    @Test
    void aVerdictWithoutADecisionOrWithAnUnknownOneIsInvalid() throws Exception {
        ObjectNode missing = (ObjectNode) MAPPER.readTree(VerdictJson.toBytes(Verdicts.stop()));
        missing.remove("decision");
        ObjectNode unknown = (ObjectNode) MAPPER.readTree(VerdictJson.toBytes(Verdicts.stop()));
        unknown.put("decision", "MAYBE");
        ObjectNode badStep = (ObjectNode) MAPPER.readTree(VerdictJson.toBytes(Verdicts.stop()));
        ((ObjectNode) badStep.get("steps").get(1)).remove("rules");

        assertThat(messages(missing)).anyMatch(message -> message.contains("decision"));
        assertThat(messages(unknown)).anyMatch(message -> message.contains("decision"));
        assertThat(messages(badStep)).anyMatch(message -> message.contains("rules"));
    }

    @Test
    void coverageExcludeIsAListOfPatterns() throws Exception {
        ObjectNode empty = (ObjectNode) MAPPER.readTree(VerdictJson.toBytes(Verdicts.goExcluding()));
        ((ObjectNode) empty.get("steps").get(1)).putArray("coverageExclude");
        ObjectNode notText = (ObjectNode) MAPPER.readTree(VerdictJson.toBytes(Verdicts.goExcluding()));
        ((ObjectNode) notText.get("steps").get(1)).putArray("coverageExclude").add(42);

        assertThat(messages(empty)).anyMatch(message -> message.contains("coverageExclude"));
        assertThat(messages(notText)).anyMatch(message -> message.contains("coverageExclude"));
    }

    @Test
    void allowsFieldsAddedLaterWithinV1() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(VerdictJson.toBytes(Verdicts.go()));
        json.put("startedAt", "2026-11-28T03:00:00Z");

        assertThat(messages(json)).isEmpty();
    }

    private static List<String> messages(JsonNode json) {
        return schema.validate(json).stream().map(ValidationMessage::getMessage).toList();
    }
}
