package dev.fearless.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
