package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.ExitCode;

/**
 * The runnable jar as a user starts it, {@code java -jar fearless-cli.jar gate ...}: where the gate runs, the exit
 * codes that come through the {@link Launcher}, and what is left when the launcher is killed.
 */
class LauncherIT {

    /** A test that passes only when the JVM that forked it, the gate's, runs with the launcher's tuned compiler. */
    private static final String CHECKS_ITS_GATE_JVM = """
            package fixture;
            import static org.junit.jupiter.api.Assertions.assertTrue;
            import java.util.List;
            import org.junit.jupiter.api.Test;
            class CalculatorTest {
                @Test void gateJvmCompilesWithC1Only() {
                    ProcessHandle gate = ProcessHandle.current().parent().orElseThrow();
                    List<String> options = List.of(gate.info().arguments().orElseThrow());
                    assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
                }
            }
            """;

    /** A test that passes only when its gate JVM maps the class archive of the launcher's cache. */
    private static final String CHECKS_ITS_GATE_JVM_USES_AN_ARCHIVE = """
            package fixture;
            import static org.junit.jupiter.api.Assertions.assertTrue;
            import java.util.List;
            import org.junit.jupiter.api.Test;
            class CalculatorTest {
                @Test void gateJvmMapsAClassArchive() {
                    ProcessHandle gate = ProcessHandle.current().parent().orElseThrow();
                    List<String> options = List.of(gate.info().arguments().orElseThrow());
                    assertTrue(options.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile=")),
                            options.toString());
                }
            }
            """;

    @TempDir
    Path project;

    @Test
    void gateRunsInTheTunedChildAndItsGoComesThrough() throws Exception {
        CliFixture fixture = checkingItsGateJvm();

        Run run = run("child", fixture.gateArguments("quick"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.GO);
        assertThat(run.output()).contains("Fearless gate quick: GO");
        assertThat(fixture.verdict().get("decision").asText()).isEqualTo("GO");
    }

    @Test
    void sameKeepsTheGateInTheJvmJavaStartedAndItsStopComesThrough() throws Exception {
        CliFixture fixture = checkingItsGateJvm();

        Run run = run("same", fixture.gateArguments("quick"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.STOP);
        assertThat(fixture.verdict().get("reason").asText()).contains("gateJvmCompilesWithC1Only");
    }

    @Test
    void aStopInTheChildExitsOne() throws Exception {
        CliFixture fixture = new CliFixture(project).compile(CHECKS_ITS_GATE_JVM.replace("""
                    }
                }
                """, """
                    }
                    @Test void addsWrongly() { assertTrue(Calculator.add(1, 2) == 4); }
                }
                """)).config("passRate: 1.0");

        Run run = run("child", fixture.gateArguments("quick"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.STOP);
        assertThat(fixture.verdict().get("reason").asText()).contains("addsWrongly")
                .doesNotContain("gateJvmCompilesWithC1Only");
    }

    @Test
    void aTestJvmThatDiesInTheChildsGateExitsThree() throws Exception {
        CliFixture fixture = new CliFixture(project).compile("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void haltsTheJvm() { Runtime.getRuntime().halt(7); }
                }
                """).config("passRate: 1.0");

        Run run = run("child", fixture.gateArguments("quick"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(fixture.verdict().get("reason").asText()).contains("haltsTheJvm");
    }

    @Test
    void aUsageErrorInTheChildExitsTwo() throws Exception {
        CliFixture fixture = checkingItsGateJvm();

        // Both JVMs print their flags: a compiler stopped at C1 shows that the child started and answered.
        Run run = run("child", List.of("-XX:+PrintFlagsFinal"), fixture.gateArguments("nosuch"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.USAGE);
        assertThat(run.output()).contains("nosuch").containsPattern("TieredStopAtLevel\\s+= 1\\s");
    }

    @Test
    void fromItsThirdRunTheChildStartsFromAClassArchiveAndSaysNothingOfIt() throws Exception {
        CliFixture fixture = new CliFixture(project).compile(CHECKS_ITS_GATE_JVM_USES_AN_ARCHIVE)
                .config("passRate: 1.0");

        Run first = run("child", fixture.gateArguments("quick"));
        assertThat(archives()).as("after the run that only marks the jar").isEmpty();
        Run second = run("child", fixture.gateArguments("quick"));
        assertThat(archives()).as("after the run that dumps the archive").hasSize(1);
        Run third = run("child", fixture.gateArguments("quick"));

        assertThat(first.exitCode()).as(first.output()).isEqualTo(ExitCode.STOP);
        assertThat(second.exitCode()).as(second.output()).isEqualTo(ExitCode.STOP);
        assertThat(third.exitCode()).as(third.output()).isEqualTo(ExitCode.GO);
        assertThat(second.output()).doesNotContain("[cds", "[warning]");
        assertThat(third.output()).doesNotContain("[cds", "[warning]");
    }

    @Test
    void aDamagedArchiveCostsOneStartInTheLauncherAndIsRemoved() throws Exception {
        CliFixture fixture = new CliFixture(project).compile("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void adds() { org.junit.jupiter.api.Assertions.assertEquals(3, Calculator.add(1, 2)); }
                }
                """).config("passRate: 1.0");
        run("child", fixture.gateArguments("quick"));
        run("child", fixture.gateArguments("quick"));
        Path archive = archives().get(0);
        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 2));

        Run damaged = run("child", fixture.gateArguments("quick"));

        assertThat(damaged.exitCode()).as(damaged.output()).isEqualTo(ExitCode.GO);
        assertThat(damaged.output()).contains("the gate's second JVM did not start",
                "removed the class archive the second JVM could not start with, " + archive);
        assertThat(archive).doesNotExist();
        try (var files = Files.list(project)) {
            assertThat(files).as("the crash report is not left in the project").noneMatch(file -> file.getFileName()
                    .toString().startsWith("hs_err"));
        }
    }

    @Test
    void aMistypedModeIsAUsageErrorNotAQuietChoice() throws Exception {
        CliFixture fixture = checkingItsGateJvm();

        Run run = run("chlid", fixture.gateArguments("unit"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.USAGE);
        assertThat(run.output()).contains(Launcher.modeProblem("chlid"));
    }

    /** A pipeline that kills the launcher with SIGKILL leaves no gate and no test JVM behind. */
    @Test
    void killingTheLauncherEndsTheGateAndItsTests() throws Exception {
        endsEverythingWhenTheLauncherEnds(true);
    }

    /** A pipeline's timeout sends TERM to the process it started, the launcher: the gate and its tests end too. */
    @Test
    void terminatingTheLauncherEndsTheGateAndItsTests() throws Exception {
        endsEverythingWhenTheLauncherEnds(false);
    }

    private void endsEverythingWhenTheLauncherEnds(boolean forcibly) throws Exception {
        CliFixture fixture = new CliFixture(project).compile("""
                package fixture;
                import java.util.concurrent.CountDownLatch;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void waitsForever() throws Exception { new CountDownLatch(1).await(); }
                }
                """).config("passRate: 1.0");
        Process launcher = start("child", fixture.gateArguments("quick"));
        Path runningTest = fixture.reportDir().resolve("unit").resolve("running-test");
        List<ProcessHandle> started = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Files.exists(runningTest) && new String(Files.readAllBytes(runningTest),
                            StandardCharsets.ISO_8859_1).contains("waitsForever"));
            started.addAll(launcher.descendants().toList());
            assertThat(started).as("the gate's JVM and its test JVM").hasSizeGreaterThanOrEqualTo(2);

            if (forcibly) {
                launcher.destroyForcibly();
            } else {
                launcher.destroy();
            }

            assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(started).allMatch(LauncherIT::ended));
            if (forcibly) {
                assertThat(output()).contains("the JVM that started this gate has ended; stopping the gate");
            } else {
                // The launcher's own stop, not the child's watch, which only acts once the launcher is gone.
                assertThat(launcher.exitValue()).isEqualTo(143);
                assertThat(output()).doesNotContain("the JVM that started this gate has ended");
            }
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    /**
     * Gone, or a zombie: an orphan's exit is reaped by whatever adopted it, and an init that does not reap (a
     * container without one) leaves it in the process table, where {@link ProcessHandle#isAlive()} still sees it.
     */
    private static boolean ended(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return !process.isAlive();
        }
    }

    /** A project whose one test passes only in a gate JVM without C2 ({@link #CHECKS_ITS_GATE_JVM}). */
    private CliFixture checkingItsGateJvm() throws Exception {
        return new CliFixture(project).compile(CHECKS_ITS_GATE_JVM).config("passRate: 1.0");
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String mode, List<String> arguments) throws Exception {
        return run(mode, List.of(), arguments);
    }

    private Run run(String mode, List<String> jvmOptions, List<String> arguments) throws Exception {
        Process process = start(mode, jvmOptions, arguments);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar ended").isTrue();
        return new Run(process.exitValue(), output());
    }

    /** Starts the jar, its standard output and error going to a file: a pipe nobody reads could stall it. */
    private Process start(String mode, List<String> arguments) throws IOException {
        return start(mode, List.of(), arguments);
    }

    private Process start(String mode, List<String> jvmOptions, List<String> arguments) throws IOException {
        String jar = System.getProperty("fearless.test.cliJar");
        assertThat(jar).as("the fearless.test.cliJar property (set by the build)").isNotNull();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-D" + Launcher.MODE_PROPERTY + "=" + mode));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(outputFile().toFile());
        // The launcher's class archives go to this test's folder, not to the home of whoever runs the build.
        builder.environment().put("XDG_CACHE_HOME", cacheFolder().toString());
        return builder.start();
    }

    private Path cacheFolder() {
        return project.resolve("cache");
    }

    /** The class archives the launcher has made for its child so far. */
    private List<Path> archives() throws IOException {
        Path folder = cacheFolder().resolve(ChildClassArchive.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private Path outputFile() {
        return project.resolve("launcher-output.txt");
    }

    private String output() throws IOException {
        return Files.readString(outputFile(), StandardCharsets.UTF_8);
    }
}
