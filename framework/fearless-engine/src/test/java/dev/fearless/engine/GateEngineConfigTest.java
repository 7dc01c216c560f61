package dev.fearless.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's entry point with configuration from fearless.yml: what it runs, and what it refuses. */
class GateEngineConfigTest {

    @TempDir
    Path dir;

    @Test
    void isAConfigurationErrorWhenTheGateIsNotDefined() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("PlainTest", "class PlainTest { @Test void t() { } }");
        List<Verdict> heard = new ArrayList<>();

        Verdict verdict = new GateEngine().run(project.request("nosuch").build(), new GateListener() {
            @Override
            public void gateFinished(Verdict finished) {
                heard.add(finished);
            }
        });

        assertThat(verdict.decision()).isEqualTo(Decision.ERROR);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict.reason()).startsWith("gate 'nosuch' is not defined");
        assertThat(heard).containsExactly(verdict);
    }

    @Test
    void isAConfigurationErrorWhenFearlessYmlIsWrong() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("PlainTest", "class PlainTest { @Test void t() { } }");
        Files.writeString(dir.resolve("fearless.yml"), """
                gates:
                  quick:
                    - step: unit
                      passRate: 1.5
                """);

        Verdict verdict = new GateEngine().run(project.request("quick").build(), GateListener.NONE);

        assertThat(verdict.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict.reason()).isEqualTo(dir.resolve("fearless.yml")
                + ":4:17: gates.quick[0].passRate is 1.5, but must be a number between 0 and 1");
    }

    @Test
    void isAUsageErrorWhenTheBaseUrlIsNotAnAbsoluteHttpUrl() {
        for (String bad : List.of("not a url", "localhost:8080", "ftp://files.example.com/", "https:/one-slash",
                "http://")) {
            List<Verdict> heard = new ArrayList<>();

            Verdict verdict = new GateEngine().run(GateRequest.builder("predeploy").projectDir(dir)
                    .scanRoots(List.of(dir)).baseUrl(bad).build(), new GateListener() {
                        @Override
                        public void gateFinished(Verdict finished) {
                            heard.add(finished);
                        }
                    });

            assertThat(verdict.decision()).as(bad).isEqualTo(Decision.ERROR);
            assertThat(verdict.exitCode()).as(bad).isEqualTo(ExitCode.USAGE);
            assertThat(verdict.steps()).as(bad).isEmpty();
            assertThat(verdict.reason()).as(bad).startsWith("the base URL '" + bad + "' is not")
                    .endsWith("give an absolute http or https URL such as https://staging.example.com/ (--base-url"
                            + " for the CLI, fearless.baseUrl under Maven)");
            assertThat(heard).containsExactly(verdict);
        }
    }

    @Test
    void refusesABaseUrlThatIsNotAUriWithoutShowingItsPassword() {
        Verdict verdict = new GateEngine().run(GateRequest.builder("predeploy").projectDir(dir)
                .baseUrl("https://admin:s3cr3t^pw@example.com/").build(), GateListener.NONE);

        assertThat(verdict.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict.reason()).isEqualTo("the base URL 'https://****@example.com/' is not a valid URL (Illegal"
                + " character in authority at index 8); percent-encode special characters (a space is %20, a '^' in a"
                + " password %5E) and give an absolute http or https URL such as https://staging.example.com/"
                + " (--base-url for the CLI, fearless.baseUrl under Maven)");
    }

    @Test
    void refusesAPasswordWithAnUnencodedHashWhichLeavesTheUrlWithoutAHost() {
        // java.net.URI reads "admin:pa" as the authority and "ss@example.com/" as the fragment.
        Verdict verdict = new GateEngine().run(GateRequest.builder("predeploy").projectDir(dir)
                .baseUrl("https://admin:pa#ss@example.com/").build(), GateListener.NONE);

        assertThat(verdict.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict.reason()).startsWith("the base URL 'https://****@example.com/' is not an absolute")
                .doesNotContain("pa#ss");
    }

    @Test
    void runsTheGateThatFearlessYmlDefines() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir)
                .test("PlainTest", "class PlainTest { @Test void t() { } @Test void u() { } }");
        Files.writeString(dir.resolve("fearless.yml"), """
                gates:
                  quick:
                    - step: unit
                      passRate: 1.0
                      minTests: 3
                """);

        Verdict verdict = new GateEngine().run(project.request("quick").build(), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.reason()).startsWith("step unit: minTests: found 2 tests, but expected at least 3");
    }

    @Test
    void stopsWhenATestStepWithoutPassRateHasAFailingTest() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("CalculatorTest", """
                class CalculatorTest { @Test void multiplies() { assertEquals(5, 2 * 2, "two times two"); } }
                """);
        Files.writeString(dir.resolve("fearless.yml"), "gates: {g: [{step: unit}]}\n");

        Verdict verdict = new GateEngine().run(project.request("g").build(), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.STOP);
        assertThat(verdict.reason()).startsWith("step unit: passRate is 0.0000, but expected minimum is 1.0000"
                + " (1 of 1 tests failed or aborted); first failure: CalculatorTest.multiplies()");
        assertThat(verdict.steps().get(0).rules()).filteredOn(rule -> rule.rule().equals("passRate"))
                .singleElement().satisfies(rule -> assertThat(rule.threshold()).isEqualTo(1.0));
    }

    @Test
    void stopsWhenEveryTestOfAStepWithoutPassRateIsDisabled() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("LaterTest", """
                class LaterTest { @Test @Disabled("not yet") void one() { fail(); } @Test @Disabled void two() { } }
                """);
        Files.writeString(dir.resolve("fearless.yml"), "gates: {g: [{step: unit}]}\n");

        Verdict verdict = new GateEngine().run(project.request("g").build(), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.STOP);
        assertThat(verdict.reason()).isEqualTo("step unit: passRate cannot be computed: no test passed, failed or"
                + " aborted (2 skipped)");
    }

    @Test
    void stopsWhenAStaticStepWithoutMaxFindingsFindsErrors() throws Exception {
        // The PMD report of the static-analysis tests: 2 error, 1 critical, 2 major, 1 minor, 1 info finding.
        Path report = dir.resolve("target/pmd.xml");
        Files.createDirectories(report.getParent());
        Files.copy(Path.of(getClass().getResource("/reports/pmd.xml").toURI()), report);
        Files.writeString(dir.resolve("fearless.yml"), """
                gates:
                  lint:
                    - step: static
                      reports: [target/pmd.xml]
                """);

        Verdict verdict = new GateEngine().run(GateRequest.builder("lint").projectDir(dir)
                .reportDir(dir.resolve("report")).build(), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.STOP);
        assertThat(verdict.reason()).isEqualTo("step static: maxFindings.error is 2, but expected maximum is 0");
        assertThat(verdict.steps().get(0).rules()).extracting(RuleResult::rule, RuleResult::ok).containsExactly(
                Tuple.tuple("maxFindings.error", false),
                Tuple.tuple("maxFindings.critical", false));
    }

    @Test
    void isAConfigurationErrorWhenATimeLimitCouldOverflowTheWatch() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("PlainTest", "class PlainTest { @Test void t() { } }");
        Files.writeString(dir.resolve("fearless.yml"), """
                gates:
                  quick:
                    - step: unit
                      testTimeout: 2562048h
                """);

        Verdict verdict = new GateEngine().run(project.request("quick").build(), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.ERROR);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict.reason()).isEqualTo(dir.resolve("fearless.yml") + ":4:20: gates.quick[0].testTimeout"
                + " is '2562048h', but must be at most 168h (7 days): a step still running after that is hung, not"
                + " slow; use a shorter limit such as 30m or 2h");
        assertThat(verdict.steps()).isEmpty();
    }
}
