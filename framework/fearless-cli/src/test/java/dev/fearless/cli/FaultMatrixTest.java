package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fearless.engine.ExitCode;

/**
 * The faults of a gate run, each through the real command line in its own process: the exit code, the verdict
 * and the reason. The engine's own tests cover the rest of the matrix (crashes, hangs, coverage, reports, config);
 * the README's "What each fault yields" lists them all.
 */
class FaultMatrixTest {

    private static final String HANGING_TEST = """
            package fixture;
            import org.junit.jupiter.api.Test;
            class CalculatorTest {
                @Test void hangs() throws Exception { Thread.sleep(600_000); }
            }
            """;

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private Process startGate(CliFixture fixture, Path output, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CliFixture.testClassPath(), FearlessCli.class.getName()));
        command.addAll(fixture.gateArguments("quick", more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        started.add(process);
        return process;
    }

    private static int exitOf(Process process) throws Exception {
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the gate ended").isTrue();
        return process.exitValue();
    }

    private static Optional<ProcessHandle> forkOf(Process gate) {
        return gate.descendants().filter(child -> child.info().commandLine().orElse("")
                .contains("dev.fearless.fork.ForkMain")).findFirst();
    }

    @Test
    void aTestThatCallsSystemExitIsStopWithExitThreeNamingIt() throws Exception {
        CliFixture fixture = new CliFixture(dir.resolve("p")).compile("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void exits() { System.exit(0); }
                }
                """).config("passRate: 1.0");

        int exit = exitOf(startGate(fixture, dir.resolve("out.txt")));

        assertThat(exit).isEqualTo(ExitCode.NOT_RUN);
        JsonNode verdict = fixture.verdict();
        assertThat(verdict.get("decision").asText()).isEqualTo("STOP");
        assertThat(verdict.get("reason").asText()).contains("exited with code 0")
                .contains("while running fixture.CalculatorTest.exits()");
    }

    @Test
    void noTestMatchingTheIncludePatternIsStop() throws Exception {
        CliFixture fixture = new CliFixture(dir.resolve("p")).compile("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void adds() { }
                }
                """).config("passRate: 1.0");

        int exit = exitOf(startGate(fixture, dir.resolve("out.txt"), "--include-classname", ".*NoSuchTest"));

        assertThat(exit).isEqualTo(ExitCode.STOP);
        assertThat(fixture.verdict().get("reason").asText())
                .startsWith("step unit: minTests: found 0 tests, but expected at least 1");
    }

    @Test
    void aBadFearlessYmlIsExitTwoNamingFileLineAndKey() throws Exception {
        CliFixture fixture = new CliFixture(dir.resolve("p")).compile("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void adds() { }
                }
                """).config("coverage: { line: -1 }");
        Path output = dir.resolve("out.txt");

        int exit = exitOf(startGate(fixture, output));

        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(output)).contains(fixture.dir().resolve("fearless.yml")
                + ":5:25: gates.quick[0].coverage.line is -1, but must be a number between 0 and 1");
    }

    @Test
    void aGateKilledMidRunLeavesNoVerdictNoForkAndTheNextRunStartsClean() throws Exception {
        CliFixture fixture = new CliFixture(dir.resolve("p")).compile(HANGING_TEST).config("passRate: 1.0");
        Files.createDirectories(fixture.reportDir());
        Files.writeString(fixture.reportDir().resolve("verdict.json"), "{\"decision\":\"GO\"}");
        Process gate = startGate(fixture, dir.resolve("out.txt"));
        ProcessHandle fork = await().atMost(Duration.ofMinutes(1)).until(() -> forkOf(gate), Optional::isPresent)
                .orElseThrow();
        await().atMost(Duration.ofMinutes(1)).until(() -> Files.exists(fixture.reportDir().resolve("unit/running-test"))
                && Files.readAllBytes(fixture.reportDir().resolve("unit/running-test"))[3] != 0);

        new ProcessBuilder("kill", "-9", Long.toString(gate.pid())).start().waitFor();

        assertThat(gate.waitFor(1, TimeUnit.MINUTES)).isTrue();
        await().atMost(Duration.ofMinutes(1)).until(() -> !fork.isAlive());
        assertThat(fixture.reportDir().resolve("verdict.json")).doesNotExist();

        fixture.compile("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void adds() { }
                }
                """);
        assertThat(exitOf(startGate(fixture, dir.resolve("again.txt")))).isEqualTo(ExitCode.GO);
        assertThat(fixture.verdict().get("decision").asText()).isEqualTo("GO");
    }

    @Test
    void aSecondRunOnTheSameReportDirectoryIsRefusedAndSpoilsNothing() throws Exception {
        CliFixture fixture = new CliFixture(dir.resolve("p")).compile(HANGING_TEST)
                .config("passRate: 1.0", "testTimeout: 20s");
        Process first = startGate(fixture, dir.resolve("first.txt"));
        await().atMost(Duration.ofMinutes(1)).until(() -> forkOf(first).isPresent());
        Path secondOutput = dir.resolve("second.txt");

        int secondExit = exitOf(startGate(fixture, secondOutput));

        assertThat(secondExit).isEqualTo(ExitCode.NOT_RUN);
        assertThat(Files.readString(secondOutput)).contains("another Fearless run is writing to "
                + fixture.reportDir());
        assertThat(exitOf(first)).isEqualTo(ExitCode.NOT_RUN);
        assertThat(fixture.verdict().get("reason").asText())
                .contains("fixture.CalculatorTest.hangs() ran longer than the test timeout of 20s");
    }

    @Test
    void plantedSecretsReachNoConsoleLineAndNoFile() throws Exception {
        String urlPassword = "cli-url-pa55word";
        String yamlPassword = "cli-yaml-pa55word";
        CliFixture fixture = new CliFixture(dir.resolve("p")).compile("""
                package fixture;
                import org.junit.jupiter.api.Test;
                import static org.junit.jupiter.api.Assertions.fail;
                class CalculatorTest {
                    @Test void leaks() {
                        String url = System.getenv("FEARLESS_BASE_URL");
                        System.out.println("url " + url + " yaml %s");
                        fail("cannot reach " + url + " with %s");
                    }
                }
                """.formatted(yamlPassword, yamlPassword));
        fixture.write("fearless.yml", """
                target:
                  password: %s
                gates:
                  quick:
                    - step: unit
                      passRate: 1.0
                """.formatted(yamlPassword));
        Path output = dir.resolve("out.txt");

        int exit = exitOf(startGate(fixture, output, "--base-url", "https://deployer:" + urlPassword
                + "@127.0.0.1:9/"));

        assertThat(exit).isEqualTo(ExitCode.STOP);
        assertThat(Files.readString(output)).contains("cannot reach https://****@127.0.0.1:9/ with ****")
                .doesNotContain(urlPassword, yamlPassword);
        try (var files = Files.walk(fixture.reportDir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(urlPassword, yamlPassword);
            }
        }
    }

    @Test
    void anUnreachableTargetIsAHealthStopThatSaysWhatItSaw() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliFixture fixture = CliFixture.withFramework(dir.resolve("p")).compile("""
                package fixture;
                import java.time.Duration;
                import dev.fearless.api.HealthCheck;
                import dev.fearless.health.Health;
                import dev.fearless.target.TargetEnvironment;
                class CalculatorTest {
                    @HealthCheck void shopIsUp(TargetEnvironment target) {
                        Health.of(target).within(Duration.ofSeconds(3)).http("/health").expectStatus(200).check();
                    }
                }
                """);
        fixture.write("fearless.yml", """
                gates:
                  quick:
                    - step: health
                      passRate: 1.0
                """);
        long start = System.nanoTime();

        int exit = exitOf(startGate(fixture, dir.resolve("out.txt"), "--base-url",
                "http://127.0.0.1:" + closedPort));

        assertThat(exit).isEqualTo(ExitCode.STOP);
        assertThat(fixture.verdict().get("reason").asText()).startsWith("step health: passRate is 0.0000")
                .contains("fixture.CalculatorTest.shopIsUp(TargetEnvironment)")
                .contains("not healthy within 3s").contains("connection refused (127.0.0.1:" + closedPort + ")");
        // The gate's own start and its fork's take seconds; the check itself gives up at its 3 s budget.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }
}
