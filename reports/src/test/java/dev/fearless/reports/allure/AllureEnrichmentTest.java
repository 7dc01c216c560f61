package dev.fearless.reports.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;
import dev.fearless.reports.VerdictFile;
import dev.fearless.reports.Verdicts;

class AllureEnrichmentTest {

    private static final String PASS_RATE_MESSAGE = "passRate is 0.5000, but expected minimum is 1.0000";

    @TempDir
    Path dir;

    @Test
    void environmentHoldsTheDecisionEveryStepAndEveryViolatedRule() throws Exception {
        Path results = dir.resolve("allure-results");

        AllureEnrichment.write(VerdictFile.write(dir, Verdicts.stop()), results);

        assertThat(Files.readString(results.resolve("environment.properties"))).isEqualTo("""
                fearless.gate=predeploy
                fearless.decision=STOP
                fearless.reason=step unit\\: coverage.line is 0.5000, but expected minimum is 0.8500
                fearless.exitCode=1
                fearless.step.static=GO\\: findings error 0, critical 0, major 2, minor 1, info 0
                fearless.step.unit=STOP\\: 20000 tests (19998 passed, 1 failed, 1 aborted, 0 skipped); coverage line \
                0.5, instruction 0.52
                fearless.step.module=SKIPPED
                fearless.rule.unit.coverage.line=0.5 (threshold 0.85)
                """);
        Properties loaded = load(results.resolve("environment.properties"));
        assertThat(loaded.getProperty("fearless.reason")).isEqualTo("step unit: " + Verdicts.COVERAGE_MESSAGE);
    }

    @Test
    void escapesWhatPropertiesWouldMisread() throws Exception {
        String reason = "step e2e: #1 ü=\"x\"\nsecond line \\ end";
        Verdict verdict = new Verdict(Verdict.SCHEMA, "post deploy", Decision.STOP, reason, 1, ExitCode.STOP,
                List.of());

        AllureEnrichment.write(verdict, dir);

        Properties loaded = load(dir.resolve("environment.properties"));
        assertThat(loaded.getProperty("fearless.gate")).isEqualTo("post deploy");
        assertThat(loaded.getProperty("fearless.reason")).isEqualTo(reason);
    }

    @Test
    void categoriesGatherTheFailuresOfAViolatedPassRate() throws Exception {
        AllureEnrichment.write(passRateStop(), dir);

        JsonNode categories = new ObjectMapper().readTree(dir.resolve("categories.json").toFile());
        assertThat(categories.findValuesAsText("name")).containsExactly(
                "Gate STOP, step unit: " + PASS_RATE_MESSAGE, "Failed tests", "Broken tests");
        assertThat(categories.get(0).get("matchedStatuses").toString()).isEqualTo("[\"failed\",\"broken\"]");
        assertThat("expected: <2> but was: <3>").matches(categories.get(0).get("messageRegex").asText());
        assertThat(categories.get(1).get("matchedStatuses").toString()).isEqualTo("[\"failed\"]");
    }

    @Test
    void aCategorysPatternMatchesTheMessageAsThrownFromTheVerdictsOneLineSummary() {
        // REST Assured's message spans lines; the verdict joins them.
        assertThat("1 expectation failed.\nExpected status code <201> but was <500>.\n").matches(AllureEnrichment
                .messagePattern("1 expectation failed. Expected status code <201> but was <500>."));
        // The verdict names a non-assertion exception's class; Allure's message is the exception's own.
        assertThat("database is down").matches(
                AllureEnrichment.messagePattern("IllegalStateException: database is down"));
        // A summary cut short still matches the whole message, and only it.
        String pattern = AllureEnrichment.messagePattern("x".repeat(20) + "...");
        assertThat("x".repeat(600)).matches(pattern);
        assertThat("y" + "x".repeat(600)).doesNotMatch(pattern);
        assertThat("(a+b) * [c]").matches(AllureEnrichment.messagePattern("(a+b) * [c]"));
    }

    @Test
    void refusesAMissingVerdict() {
        assertThatThrownBy(() -> AllureEnrichment.write(dir.resolve("verdict.json"), dir.resolve("allure-results")))
                .isInstanceOf(AllureReportException.class)
                .hasMessage("no verdict " + dir.resolve("verdict.json") + ": run a gate first");
    }

    @Test
    void refusesAFileThatIsNoVerdict() throws Exception {
        Path file = Files.writeString(dir.resolve("verdict.json"), "{\"gate\":\"predeploy\"}");

        assertThatThrownBy(() -> AllureEnrichment.write(file, dir.resolve("allure-results")))
                .isInstanceOf(AllureReportException.class)
                .hasMessageContaining("has no decision");
    }

    /** One unit step with two tests, one failed: the pass-rate rule stops the gate. */
    static Verdict passRateStop() {
        StepResult unit = new StepResult("unit", "unit", Decision.STOP, PASS_RATE_MESSAGE, 100,
                new TestCounts(2, 1, 1, 0, 0), null, null,
                List.of(new RuleResult("passRate", 1.0, 0.5, false, PASS_RATE_MESSAGE)),
                List.of(new TestFailure("shop.CartTest.addsItems()", TestStatus.FAILED, "expected: <2> but was: <3>")));
        return new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, "step unit: " + PASS_RATE_MESSAGE, 100,
                ExitCode.STOP, List.of(unit));
    }

    private static Properties load(Path file) throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
