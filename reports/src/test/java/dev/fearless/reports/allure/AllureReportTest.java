package dev.fearless.reports.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
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

/** Runs Allure's real generator, from the distribution zip the build copies into target/allure-commandline. */
class AllureReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASS_RATE_MESSAGE = "passRate is 0.7500, but expected minimum is 1.0000";
    private static final String FAILURE_MESSAGE = "expected: <2> but was: <3>";

    private static AllureDistribution allure;

    @TempDir
    Path reportDir;

    @BeforeAll
    static void unpackAllure() {
        Path zip = Path.of(System.getProperty("fearless.test.allureZip",
                "target/allure-commandline/allure-commandline-" + AllureDistribution.version() + ".zip"));
        // Under target/ rather than a temporary folder: unpacked once per build, not once per test.
        allure = AllureDistribution.at(AllureDistribution.unpack(zip, Path.of("target/allure-cache")));
    }

    @Test
    void reportCountsTheTestsTheVerdictCountsAndShowsTheDecision() throws Exception {
        Verdict verdict = verdict();
        VerdictFile.write(reportDir, verdict);
        Path results = reportDir.resolve("allure-results");
        writeResult(results, "shop.CartTest", "addsItems", "passed", "unit", null);
        writeResult(results, "shop.CartTest", "removesItems", "passed", "unit", null);
        writeResult(results, "shop.CartTest", "totals", "failed", "unit", FAILURE_MESSAGE);
        writeResult(results, "shop.CartTest", "discounts", "passed", "unit", null);
        writeResult(results, "shop.ShippingModuleTest", "ships", "passed", "module", null);

        Path index = AllureReport.generate(reportDir, allure);

        assertThat(index).isEqualTo(reportDir.resolve("allure-report/index.html")).isRegularFile();
        JsonNode statistic = widget("summary.json").get("statistic");
        long passed = verdict.steps().stream().mapToLong(step -> step.tests().passed()).sum();
        long failed = verdict.steps().stream().mapToLong(step -> step.tests().failed()).sum();
        long found = verdict.steps().stream().mapToLong(step -> step.tests().found()).sum();
        assertThat(statistic.get("passed").asLong()).isEqualTo(passed).isEqualTo(4);
        assertThat(statistic.get("failed").asLong()).isEqualTo(failed).isEqualTo(1);
        assertThat(statistic.get("total").asLong()).isEqualTo(found).isEqualTo(5);
        JsonNode environment = widget("environment.json");
        assertThat(environment.toString())
                .contains("{\"values\":[\"STOP\"],\"name\":\"fearless.decision\"}")
                .contains("{\"values\":[\"predeploy\"],\"name\":\"fearless.gate\"}")
                .contains("{\"values\":[\"0.75 (threshold 1.0)\"],\"name\":\"fearless.rule.unit.passRate\"}");
        assertThat(widget("categories.json").toString()).contains("Gate STOP, step unit: " + PASS_RATE_MESSAGE);
    }

    @Test
    void failsClosedWithoutResults() {
        VerdictFile.write(reportDir, verdict());

        assertThatThrownBy(() -> AllureReport.generate(reportDir, allure))
                .isInstanceOf(AllureReportException.class)
                .hasMessageStartingWith("no Allure results in " + reportDir.resolve("allure-results")
                        + ": run a gate first;");
        assertThat(reportDir.resolve("allure-results")).doesNotExist();
        assertThat(reportDir.resolve("allure-report")).doesNotExist();
    }

    @Test
    void failsClosedWhenTheResultsFolderHoldsNoTestResult() throws Exception {
        VerdictFile.write(reportDir, verdict());
        Path results = Files.createDirectories(reportDir.resolve("allure-results"));
        Files.writeString(results.resolve("environment.properties"), "a=b\n");

        assertThatThrownBy(() -> AllureReport.generate(reportDir, allure))
                .isInstanceOf(AllureReportException.class)
                .hasMessageStartingWith("no Allure results in " + reportDir.resolve("allure-results")
                        + ": no *-result.json; run a gate first;");
        assertThat(reportDir.resolve("allure-report")).doesNotExist();
    }

    @Test
    void failsWithoutAVerdict() throws Exception {
        writeResult(reportDir.resolve("allure-results"), "shop.CartTest", "addsItems", "passed", "unit", null);

        assertThatThrownBy(() -> AllureReport.generate(reportDir, allure))
                .isInstanceOf(AllureReportException.class)
                .hasMessage("no verdict " + reportDir.resolve("verdict.json") + ": run a gate first");
        assertThat(reportDir.resolve("allure-report")).doesNotExist();
    }

    @Test
    void killsAGeneratorThatRunsTooLong() throws Exception {
        VerdictFile.write(reportDir, verdict());
        writeResult(reportDir.resolve("allure-results"), "shop.CartTest", "addsItems", "passed", "unit", null);

        assertThatThrownBy(() -> AllureReport.generate(reportDir, new AllureGenerator(allure, Duration.ofMillis(1))))
                .isInstanceOf(AllureReportException.class)
                .hasMessageStartingWith("Allure's generator ran longer than PT0.001S and was killed ("
                        + reportDir.resolve("allure-generate.log") + ")");
    }

    @Test
    void aFailingGeneratorNamesItsExitCodeAndLastOutput() throws Exception {
        VerdictFile.write(reportDir, verdict());
        writeResult(reportDir.resolve("allure-results"), "shop.CartTest", "addsItems", "passed", "unit", null);
        // A distribution whose jar holds no classes: the generator's JVM cannot find Allure's main class.
        Path broken = Files.createDirectories(reportDir.resolve("broken/lib"));
        Files.write(broken.resolve("allure-commandline-0.jar"), new byte[0]);

        assertThatThrownBy(() -> AllureReport.generate(reportDir, AllureDistribution.at(broken.getParent())))
                .isInstanceOf(AllureReportException.class)
                .hasMessageStartingWith("Allure's generator failed with exit code 1 ("
                        + reportDir.resolve("allure-generate.log") + "):\n")
                .hasMessageContaining(AllureDistribution.MAIN_CLASS);
    }

    @Test
    void deletesTheResultsAndTheReportOfAnEarlierRun() throws Exception {
        writeResult(reportDir.resolve("allure-results"), "shop.OldTest", "gone", "failed", "unit", "old");
        Files.createDirectories(reportDir.resolve("allure-report/data"));
        Files.writeString(reportDir.resolve("allure-report/index.html"), "<html>an earlier run's GO</html>");
        VerdictFile.write(reportDir, verdict());

        AllureReport.deleteStaleResults(reportDir);
        AllureReport.deleteStaleResults(reportDir);

        assertThat(reportDir.resolve("allure-results")).doesNotExist();
        assertThat(reportDir.resolve("allure-report")).doesNotExist();
        assertThat(reportDir.resolve("verdict.json")).isRegularFile();
    }

    @Test
    void refusesAFolderThatIsNoDistribution() {
        assertThatThrownBy(() -> AllureDistribution.at(reportDir))
                .isInstanceOf(AllureReportException.class)
                .hasMessageContaining("is not an unpacked Allure distribution (no lib/allure-commandline-*.jar)");
    }

    @Test
    void unpacksOnceAndReusesTheUnpackedFolder() {
        Path zip = Path.of(System.getProperty("fearless.test.allureZip"));
        Path home = AllureDistribution.unpack(zip, reportDir);

        assertThat(home).isEqualTo(reportDir.resolve("allure-commandline-" + AllureDistribution.version())
                .resolve("allure-" + AllureDistribution.version()));
        assertThat(home.resolve("lib/allure-commandline-" + AllureDistribution.version() + ".jar")).isRegularFile();
        assertThat(AllureDistribution.unpack(zip, reportDir)).isEqualTo(home);
        assertThat(reportDir.toFile().list()).containsExactly("allure-commandline-" + AllureDistribution.version());
    }

    /** A unit step of four tests (one failed) and a module step of one: the pass rate stops the gate. */
    private static Verdict verdict() {
        StepResult unit = new StepResult("unit", "unit", Decision.STOP, PASS_RATE_MESSAGE, 100,
                new TestCounts(4, 3, 1, 0, 0), null, null,
                List.of(new RuleResult("passRate", 1.0, 0.75, false, PASS_RATE_MESSAGE)),
                List.of(new TestFailure("shop.CartTest.totals()", TestStatus.FAILED, FAILURE_MESSAGE)));
        StepResult module = new StepResult("module", "module", Decision.GO, "1 test passed", 100,
                new TestCounts(1, 1, 0, 0, 0), null, null,
                List.of(new RuleResult("passRate", 1.0, 1.0, true, "passRate held")), List.of());
        return new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, "step unit: " + PASS_RATE_MESSAGE, 200,
                ExitCode.STOP, List.of(unit, module));
    }

    /** A result file as allure-jupiter writes it, with the labels Fearless's tests carry. */
    static void writeResult(Path results, String className, String method, String status, String layer,
            String message) throws Exception {
        Files.createDirectories(results);
        String uuid = UUID.randomUUID().toString();
        var result = JSON.createObjectNode()
                .put("uuid", uuid)
                .put("historyId", className + "." + method)
                .put("testCaseId", className + "." + method)
                .put("name", method + "()")
                .put("fullName", className + "." + method)
                .put("status", status)
                .put("stage", "finished")
                .put("start", 1_700_000_000_000L)
                .put("stop", 1_700_000_000_050L);
        if (message != null) {
            result.putObject("statusDetails").put("message", message);
        }
        var labels = result.putArray("labels");
        labels.addObject().put("name", "layer").put("value", layer);
        labels.addObject().put("name", "parentSuite").put("value", layer);
        labels.addObject().put("name", "suite").put("value", className);
        labels.addObject().put("name", "framework").put("value", "junit-platform");
        JSON.writeValue(results.resolve(uuid + "-result.json").toFile(), result);
    }

    private JsonNode widget(String name) throws Exception {
        return JSON.readTree(reportDir.resolve("allure-report/widgets").resolve(name).toFile());
    }
}
