package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TargetUsed;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.Verdict;

class VerdictJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesTheVerdictFieldsInOrder() throws Exception {
        JsonNode json = parse(Verdicts.stop());

        assertThat(fieldNames(json))
                .containsExactly("schema", "gate", "decision", "reason", "durationMs", "exitCode", "steps");
        assertThat(json.get("schema").asText()).isEqualTo("fearless.verdict/v1");
        assertThat(json.get("gate").asText()).isEqualTo("predeploy");
        assertThat(json.get("decision").asText()).isEqualTo("STOP");
        assertThat(json.get("reason").asText()).isEqualTo("step unit: " + Verdicts.COVERAGE_MESSAGE);
        assertThat(json.get("durationMs").asLong()).isEqualTo(15_500);
        assertThat(json.get("exitCode").asInt()).isEqualTo(1);
        assertThat(json.get("steps")).hasSize(3);
    }

    @Test
    void writesTheTargetTheTestsUsedAfterTheExitCode() throws Exception {
        JsonNode json = parse(Verdicts.go().withTarget(new TargetUsed("https://staging.example.com/",
                "environment variable FEARLESS_BASE_URL")));

        assertThat(fieldNames(json)).containsExactly("schema", "gate", "decision", "reason", "durationMs", "exitCode",
                "target", "steps");
        assertThat(json.get("target").get("baseUrl").asText()).isEqualTo("https://staging.example.com/");
        assertThat(json.get("target").get("source").asText()).isEqualTo("environment variable FEARLESS_BASE_URL");
        assertThat(MarkdownSummary.of(Verdicts.go().withTarget(new TargetUsed("https://staging.example.com/",
                "environment variable FEARLESS_BASE_URL"))))
                .contains("Target https://staging.example.com/ (environment variable FEARLESS\\_BASE\\_URL).");
    }

    @Test
    void writesATestStepWithCountsCoverageRulesAndFailures() throws Exception {
        JsonNode unit = parse(Verdicts.stop()).get("steps").get(1);

        assertThat(fieldNames(unit)).containsExactly("name", "layer", "decision", "reason", "durationMs", "tests",
                "coverage", "rules", "failures");
        assertThat(unit.get("layer").asText()).isEqualTo("unit");
        assertThat(unit.get("decision").asText()).isEqualTo("STOP");
        JsonNode tests = unit.get("tests");
        assertThat(fieldNames(tests)).containsExactly("found", "passed", "failed", "aborted", "skipped");
        assertThat(tests.get("found").asLong()).isEqualTo(20_000);
        assertThat(tests.get("passed").asLong()).isEqualTo(19_998);
        assertThat(tests.get("failed").asLong()).isEqualTo(1);
        assertThat(tests.get("aborted").asLong()).isEqualTo(1);
        assertThat(fieldNames(unit.get("coverage"))).as("branch is null: nothing to cover")
                .containsExactly("line", "instruction");
        assertThat(unit.get("coverage").get("line").asDouble()).isEqualTo(0.5);
    }

    @Test
    void writesTheCoverageExcludePatternsAfterTheCoverage() throws Exception {
        JsonNode unit = parse(Verdicts.goExcluding()).get("steps").get(1);

        assertThat(fieldNames(unit)).containsExactly("name", "layer", "decision", "reason", "durationMs", "tests",
                "coverage", "coverageExclude", "rules", "failures");
        assertThat(unit.get("coverageExclude")).extracting(JsonNode::asText)
                .containsExactly("*.Jdbc*Repository", "com.example.LibraryApplication");
    }

    @Test
    void writesEveryRuleHeldOrNot() throws Exception {
        JsonNode rules = parse(Verdicts.stop()).get("steps").get(1).get("rules");

        assertThat(rules).hasSize(3);
        JsonNode passRate = rules.get(0);
        assertThat(fieldNames(passRate)).containsExactly("rule", "threshold", "actual", "ok", "message");
        assertThat(passRate.get("ok").asBoolean()).isTrue();
        JsonNode coverage = rules.get(1);
        assertThat(coverage.get("rule").asText()).isEqualTo("coverage.line");
        assertThat(coverage.get("threshold").isNumber()).isTrue();
        assertThat(coverage.get("threshold").asDouble()).isEqualTo(0.85);
        assertThat(coverage.get("actual").asDouble()).isEqualTo(0.5);
        assertThat(coverage.get("ok").asBoolean()).isFalse();
        assertThat(coverage.get("message").asText()).isEqualTo(Verdicts.COVERAGE_MESSAGE);
        JsonNode timeout = rules.get(2);
        assertThat(timeout.get("threshold").asText()).isEqualTo("PT5M");
        assertThat(timeout.get("actual").asText()).isEqualTo("PT1.5S");
    }

    @Test
    void writesFailuresWithTheirStatusByName() throws Exception {
        JsonNode failures = parse(Verdicts.stop()).get("steps").get(1).get("failures");

        assertThat(failures).hasSize(2);
        assertThat(fieldNames(failures.get(0))).containsExactly("test", "status", "message");
        assertThat(failures.get(0).get("test").asText()).isEqualTo("com.example.CartTest.addsItems()");
        assertThat(failures.get(0).get("status").asText()).isEqualTo("FAILED");
        assertThat(fieldNames(failures.get(1))).as("a null message is left out").containsExactly("test", "status");
        assertThat(failures.get(1).get("status").asText()).isEqualTo("ABORTED");
    }

    @Test
    void leavesLayerTestsAndCoverageOutOfTheStaticStep() throws Exception {
        JsonNode staticStep = parse(Verdicts.stop()).get("steps").get(0);

        assertThat(fieldNames(staticStep)).containsExactly("name", "decision", "reason", "durationMs", "findings",
                "rules", "failures");
        JsonNode findings = staticStep.get("findings");
        assertThat(fieldNames(findings)).containsExactly("error", "critical", "major", "minor", "info");
        assertThat(findings.get("major").asLong()).isEqualTo(2);
        assertThat(staticStep.get("rules").get(0).get("threshold").asLong()).isZero();
    }

    @Test
    void writesASkippedStepWithEmptyRules() throws Exception {
        JsonNode module = parse(Verdicts.stop()).get("steps").get(2);

        assertThat(module.get("decision").asText()).isEqualTo("SKIPPED");
        assertThat(module.get("rules")).isEmpty();
        assertThat(module.has("tests")).isFalse();
    }

    @Test
    void leavesOutAnActualThatIsNotANumber() throws Exception {
        StepResult noTests = new StepResult("unit", "unit", Decision.STOP, "minTests is 0, but expected minimum is 1",
                10, TestCounts.NONE, null, null,
                List.of(new RuleResult("passRate", 1.0, Double.NaN, false, "passRate is not measured"),
                        new RuleResult("coverage.line", 0.85, null, false, "coverage.line is not measured")),
                List.of());
        Verdict verdict = new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, "step unit: minTests", 10,
                ExitCode.STOP, List.of(noTests));

        JsonNode rules = parse(verdict).get("steps").get(0).get("rules");

        assertThat(fieldNames(rules.get(0))).containsExactly("rule", "threshold", "ok", "message");
        assertThat(fieldNames(rules.get(1))).containsExactly("rule", "threshold", "ok", "message");
    }

    @Test
    void writesAnErrorVerdictWithNoSteps() throws Exception {
        JsonNode json = parse(Verdict.error("nightly", "unknown gate nightly; known gates: predeploy, postdeploy", 3,
                ExitCode.USAGE));

        assertThat(json.get("decision").asText()).isEqualTo("ERROR");
        assertThat(json.get("exitCode").asInt()).isEqualTo(2);
        assertThat(json.get("steps")).isEmpty();
    }

    @Test
    void isPrettyPrintedWithNewlinesOnEveryPlatform() {
        String json = VerdictJson.toJson(Verdicts.go());

        assertThat(json).startsWith("{\n  \"schema\" : \"fearless.verdict/v1\",\n  \"gate\" : \"predeploy\",\n")
                .endsWith("}\n")
                .doesNotContain("\r")
                .doesNotContain("\"go\"");
    }

    private static JsonNode parse(Verdict verdict) throws Exception {
        return MAPPER.readTree(VerdictJson.toJson(verdict));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
