package dev.fearless.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.config.GateDefinition;
import dev.fearless.engine.config.StepDefinition;

/** Real forks on fixture projects: what the gate counts and decides for each way a test run can end. */
class GateEngineForkTest {

    @TempDir
    Path dir;

    private static FearlessConfig gate(StepDefinition... steps) {
        return new FearlessConfig(Map.of("test", new GateDefinition("test", List.of(steps))),
                Optional.of(Layer.UNIT), "test config");
    }

    private static final StepDefinition UNIT = StepDefinition.of(Layer.UNIT).withPassRate(1.0);

    private Verdict run(FixtureProject project, FearlessConfig config) throws Exception {
        return new GateEngine().run(project.request("test").build(), config, GateListener.NONE);
    }

    private Verdict runKeepingGoing(FixtureProject project, FearlessConfig config) throws Exception {
        return new GateEngine().run(project.request("test").keepGoing(true).build(), config, GateListener.NONE);
    }

    @Test
    void goesWhenEveryTestPasses() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("CalculatorTest", """
                class CalculatorTest {
                    @Test void adds() { assertEquals(4, 2 + 2); }
                    @Test void subtracts() { assertEquals(0, 2 - 2); }
                    @Test @Disabled("not yet") void divides() { fail(); }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.GO);
        StepResult unit = verdict.steps().get(0);
        assertThat(unit.tests()).isEqualTo(new TestCounts(3, 2, 0, 0, 1));
        assertThat(unit.rules()).extracting(RuleResult::rule)
                .containsExactly("minTests", "passRate", "testTimeout", "maxDuration");
        assertThat(unit.rules()).allMatch(RuleResult::ok);
    }

    @Test
    void stopsWhenOneTestFailsAndNamesIt() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("CalculatorTest", """
                class CalculatorTest {
                    @Test void adds() { assertEquals(4, 2 + 2); }
                    @Test void multiplies() { assertEquals(5, 2 * 2, "two times two"); }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.STOP);
        assertThat(verdict.reason()).isEqualTo("step unit: passRate is 0.5000, but expected minimum is 1.0000"
                + " (1 of 2 tests failed or aborted); first failure: CalculatorTest.multiplies(): two times two"
                + " ==> expected: <5> but was: <4>");
        assertThat(verdict.steps().get(0).tests()).isEqualTo(new TestCounts(2, 1, 1, 0, 0));
        assertThat(verdict.steps().get(0).failures()).singleElement()
                .satisfies(failure -> assertThat(failure.test()).isEqualTo("CalculatorTest.multiplies()"));
    }

    @Test
    void countsAnAbortedTestAgainstThePassRate() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("EnvironmentTest", """
                class EnvironmentTest {
                    @Test void passes() { }
                    @Test void needsAnEnvironment() { assumeTrue(false, "no environment"); }
                }
                """);

        Verdict verdict = run(project, gate(StepDefinition.of(Layer.UNIT).withPassRate(0.5)));

        assertThat(verdict.steps().get(0).tests()).isEqualTo(new TestCounts(2, 1, 0, 1, 0));
        assertThat(verdict.decision()).isEqualTo(Decision.GO);
        assertThat(verdict.steps().get(0).rules().get(1).actual()).isEqualTo(0.5);
        // The assumption's message says it all; TestAbortedException in front of it would add nothing.
        assertThat(verdict.steps().get(0).failures()).extracting(TestFailure::message)
                .containsExactly("Assumption failed: no environment");
    }

    @Test
    void stopsWhenNoTestIsFound() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("ApiTest", """
                @Tag("module")
                class ApiTest {
                    @Test void answers() { }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.STOP);
        assertThat(verdict.reason()).startsWith("step unit: minTests: found 0 tests, but expected at least 1");
    }

    @Test
    void stopsWhenFewerTestsThanMinTestsAreFound() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("OneTest", """
                class OneTest {
                    @Test void only() { }
                }
                """);

        Verdict verdict = run(project, gate(UNIT.withMinTests(2)));

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.reason()).startsWith("step unit: minTests: found 1 tests, but expected at least 2");
    }

    @Test
    void putsUntaggedTestsInTheDefaultLayerAndTaggedOnesInTheirOwn() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir)
                .test("PlainTest", "class PlainTest { @Test void plain() { } }")
                .test("UnitTaggedTest", "@Tag(\"unit\") class UnitTaggedTest { @Test void tagged() { } }")
                .test("ModuleLayerTest", "@Tag(\"module\") class ModuleLayerTest { @Test void api() { }"
                        + " @Test void more() { } }");

        Verdict verdict = run(project, gate(UNIT, StepDefinition.of(Layer.MODULE).withPassRate(1.0)));

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        assertThat(verdict.steps().get(0).tests().found()).isEqualTo(2);
        assertThat(verdict.steps().get(1).tests().found()).isEqualTo(2);
    }

    @Test
    void failsTheTestsOfAContainerThatFailsBeforeThem() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("BrokenSetupTest", """
                class BrokenSetupTest {
                    @BeforeAll static void setUp() { throw new IllegalStateException("database is down"); }
                    @Test void first() { }
                    @Test void second() { }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.steps().get(0).tests()).isEqualTo(new TestCounts(2, 0, 2, 0, 0));
        assertThat(verdict.steps().get(0).failures()).extracting(TestFailure::message)
                .containsOnly("IllegalStateException: database is down");
    }

    @Test
    void countsAFailingAfterAllAsAFailure() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("BrokenTeardownTest", """
                class BrokenTeardownTest {
                    @AfterAll static void tearDown() { throw new IllegalStateException("cannot clean up"); }
                    @Test void first() { }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.steps().get(0).tests()).isEqualTo(new TestCounts(2, 1, 1, 0, 0));
        // The class, once: its legacy name is the class name, so class.name would say it twice.
        assertThat(verdict.steps().get(0).failures()).singleElement().satisfies(failure -> {
            assertThat(failure.test()).isEqualTo("BrokenTeardownTest");
            assertThat(failure.message()).isEqualTo("IllegalStateException: cannot clean up");
        });
    }

    @Test
    void runsWithTheProjectsOwnJUnit6() throws Exception {
        FixtureProject project = FixtureProject.junit6(dir).test("SixTest", """
                class SixTest {
                    @Test void platformIsSix() {
                        assertTrue(org.junit.platform.launcher.core.LauncherFactory.class.getPackage()
                                .getImplementationVersion().startsWith("6."));
                    }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        assertThat(verdict.steps().get(0).tests().passed()).isEqualTo(1);
    }

    @Test
    void namesTheTestThatCalledSystemExit() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("ExitTest", """
                @TestMethodOrder(MethodOrderer.MethodName.class)
                class ExitTest {
                    @Test void a_passes() { }
                    @Test void b_exits() { System.exit(0); }
                    @Test void c_neverRuns() { }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).startsWith("step unit: the test JVM exited with code 0")
                .contains("while running ExitTest.b_exits()");
        assertThat(verdict.steps().get(0).rules()).singleElement().satisfies(rule -> {
            assertThat(rule.rule()).isEqualTo("fork");
            assertThat(rule.actual()).isEqualTo("exit code 0");
        });
        // The test the JVM ended in counts as failed, with the end as its message; the one after it never ran.
        assertThat(verdict.steps().get(0).tests()).isEqualTo(new TestCounts(3, 1, 1, 0, 0));
        assertThat(verdict.steps().get(0).failures()).singleElement().satisfies(failure -> {
            assertThat(failure.test()).isEqualTo("ExitTest.b_exits()");
            assertThat(failure.message()).startsWith("the test JVM exited with code 0")
                    .contains("while running ExitTest.b_exits()");
        });
    }

    @Test
    void namesTheTestThatHaltedTheJvm() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("HaltTest", """
                class HaltTest {
                    @Test void halts() { Runtime.getRuntime().halt(7); }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).contains("exited with code 7").contains("while running HaltTest.halts()");
    }

    @Test
    void namesTheTestWhoseJvmWasKilledWithSigkill() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("KilledTest", """
                class KilledTest {
                    @Test void isKilled() throws Exception {
                        new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid()))
                                .start().waitFor();
                        Thread.sleep(60_000);
                    }
                }
                """);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).startsWith("step unit: the test JVM was killed by signal 9 (SIGKILL)"
                + " while running KilledTest.isKilled()");
    }

    @Test
    void saysWhyTheTestJvmDidNotStart() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("PlainTest", "class PlainTest { @Test void t() { } }");

        Verdict verdict = new GateEngine().run(project.request("test").jvmArgs(List.of("-XX:+NoSuchOption")).build(),
                gate(UNIT), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).startsWith("step unit: the test JVM exited with code 1 before running any test:")
                .contains("NoSuchOption");
    }

    @Test
    void namesTheTestThatRanOutOfMemory() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("MemoryTest", """
                class MemoryTest {
                    @Test void hoards() {
                        java.util.List<long[]> hoard = new java.util.ArrayList<>();
                        while (true) { hoard.add(new long[1_000_000]); }
                    }
                }
                """);

        Verdict verdict = new GateEngine().run(project.request("test").jvmArgs(List.of("-Xmx64m")).build(),
                gate(UNIT), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).contains("OutOfMemoryError").contains("MemoryTest.hoards()");
    }

    @Test
    void killsAHangingTestAndEveryProcessItStarted() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        FixtureProject project = FixtureProject.junit5(dir).test("HangTest", """
                class HangTest {
                    @Test void hangs() throws Exception {
                        Process child = new ProcessBuilder("sleep", "600").start();
                        java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), Long.toString(child.pid()));
                        Thread.sleep(600_000);
                    }
                }
                """.formatted(pidFile.toString().replace("\\", "\\\\")));

        Verdict verdict = run(project, gate(UNIT.withTestTimeout(Duration.ofSeconds(2))));

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).isEqualTo("step unit: HangTest.hangs() ran longer than the test timeout of 2s;"
                + " the test JVM and every process it started were killed");
        assertThat(verdict.steps().get(0).tests()).isEqualTo(new TestCounts(1, 0, 1, 0, 0));
        assertThat(verdict.steps().get(0).failures()).singleElement()
                .satisfies(failure -> assertThat(failure.test()).isEqualTo("HangTest.hangs()"));
        assertThat(verdict.steps().get(0).rules()).singleElement().satisfies(rule -> {
            assertThat(rule.rule()).isEqualTo("testTimeout");
            assertThat(rule.threshold()).isEqualTo(2000L);
            assertThat((Long) rule.actual()).isGreaterThanOrEqualTo(2000L);
        });
        long childPid = Long.parseLong(java.nio.file.Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(childPid).filter(ProcessHandle::isAlive)).as("orphaned child").isEmpty();
    }

    @Test
    void stopsAStepThatRunsLongerThanItsMaxDuration() throws Exception {
        List<String> tests = new ArrayList<>();
        FixtureProject project = FixtureProject.junit5(dir).test("SlowTest", """
                class SlowTest {
                    @Test void slow() throws Exception { Thread.sleep(600_000); }
                }
                """);

        Verdict verdict = run(project, gate(UNIT.withMaxDuration(Duration.ofSeconds(3))));

        assertThat(tests).isEmpty();
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).isEqualTo("step unit: the step ran longer than its maxDuration of 3s while"
                + " running SlowTest.slow(); the test JVM and every process it started were killed");
        assertThat(verdict.steps().get(0).rules()).singleElement()
                .satisfies(rule -> assertThat((Long) rule.actual()).isGreaterThanOrEqualTo(3000L));
    }

    @Test
    void stopsWhenTheClassPathHasNoLauncher() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("PlainTest", "class PlainTest { @Test void t() { } }");
        List<Path> classpath = project.build().stream()
                .filter(entry -> !entry.getFileName().toString().startsWith("junit-platform-launcher")).toList();

        Verdict verdict = new GateEngine().run(project.request("test").classpath(classpath).build(), gate(UNIT),
                GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).contains("junit-platform-launcher is not on the test class path");
    }

    @Test
    void stopsWhenTheClassPathNamesALauncherJarThatDoesNotExist() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("PlainTest", "class PlainTest { @Test void t() { } }");
        Path missing = dir.resolve("nonexist/junit-platform-launcher-1.14.4.jar");
        List<Path> classpath = project.build().stream()
                .map(entry -> entry.getFileName().toString().startsWith("junit-platform-launcher") ? missing : entry)
                .toList();

        Verdict verdict = new GateEngine().run(project.request("test").classpath(classpath).build(), gate(UNIT),
                GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).contains("junit-platform-launcher is not on the test class path (listed as ["
                + missing + "]").contains("add it at the version of your junit-platform-engine");
        assertThat(dir.resolve("report/unit/output.txt")).doesNotExist();
    }

    @Test
    void skipsTheStepsAfterAStopUnlessToldToKeepGoing() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir)
                .test("FailingTest", "class FailingTest { @Test void fails() { fail(\"no\"); } }")
                .test("ApiTest", "@Tag(\"module\") class ApiTest { @Test void works() { } }");
        FearlessConfig config = gate(UNIT, StepDefinition.of(Layer.MODULE).withPassRate(1.0));

        Verdict keptGoing = runKeepingGoing(project, config);
        Path moduleDir = dir.resolve("report/module");
        assertThat(moduleDir.resolve("output.txt")).exists();
        Verdict stopped = run(project, config);

        assertThat(stopped.steps()).extracting(StepResult::decision).containsExactly(Decision.STOP, Decision.SKIPPED);
        assertThat(keptGoing.steps()).extracting(StepResult::decision).containsExactly(Decision.STOP, Decision.GO);
        assertThat(keptGoing.decision()).isEqualTo(Decision.STOP);
        // The skipped step's folder keeps nothing of the earlier run, which would read as this run's.
        assertThat(moduleDir.resolve("output.txt")).doesNotExist();
        assertThat(moduleDir.resolve("fork.args")).doesNotExist();
    }

    @Test
    void whenKeepingGoingTheReasonIsTheStepsThatSetTheExitCode() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir)
                .test("FailingTest", "class FailingTest { @Test void fails() { fail(\"no\"); } }")
                .test("ExitingApiTest", "@Tag(\"module\") class ExitingApiTest { @Test void exits() { System.exit(0); } }");
        FearlessConfig config = gate(UNIT, StepDefinition.of(Layer.MODULE).withPassRate(1.0));

        Verdict verdict = runKeepingGoing(project, config);

        // unit stopped on its pass rate (exit 1), module could not run its tests (exit 3): the exit is 3, and so
        // the reason is module's, naming unit as well.
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).startsWith("step module: the test JVM exited with code 0")
                .endsWith("; also STOP in step unit");
    }

    @Test
    void handsConfigurationParametersToTheTestsLauncher() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("ConditionsTest", """
                class ConditionsTest {
                    @Test void runs() { }
                    @Disabled("runs only when conditions are deactivated") @Test void disabled() { }
                }
                """);

        // The parameter turns JUnit's conditions off: the disabled test runs, which only the launcher's parameter does.
        Verdict verdict = new GateEngine().run(project.request("test")
                .configurationParameters(Map.of("junit.jupiter.conditions.deactivate", "*")).build(), gate(UNIT),
                GateListener.NONE);

        assertThat(verdict.steps().get(0).tests()).isEqualTo(new TestCounts(2, 2, 0, 0, 0));
    }

    @Test
    void handsTheBaseUrlAndSystemPropertiesToTheTests() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("TargetTest", """
                class TargetTest {
                    @Test void seesTheTarget() {
                        assertEquals("http://127.0.0.1:9/", System.getenv("FEARLESS_BASE_URL"));
                        assertEquals("blue", System.getProperty("colour"));
                        assertEquals("unit", System.getProperty("fearless.layer"));
                        assertEquals("%s", System.getProperty("allure.results.directory"));
                        assertEquals("%s", System.getProperty("fearless.configFile"));
                    }
                }
                """.formatted(escaped(dir.resolve("report/allure-results")), escaped(dir.resolve("ci/gates.yml"))));

        // The configuration file the gate was given: the framework reads the tests' target from it.
        Verdict verdict = new GateEngine().run(project.request("test").baseUrl("http://127.0.0.1:9/")
                .configFile(dir.resolve("ci/gates.yml")).systemProperty("colour", "blue").build(), gate(UNIT),
                GateListener.NONE);

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
    }

    /** What fearless-framework does when a test resolves its TargetEnvironment under a gate. */
    private static final String RECORDS_STAGING = """
            class TargetTest {
                @Test void recordsItsTarget() throws Exception {
                    java.nio.file.Path step = java.nio.file.Path.of(System.getProperty("fearless.reportDir"),
                            System.getProperty("fearless.step"));
                    java.nio.file.Files.writeString(step.resolve("target.txt"),
                            "https://staging.example.com/\\nsystem property fearless.baseUrl\\n");
                }
            }
            """;

    @Test
    void putsTheTargetTheTestsRecordedInTheVerdictAndForgetsAnEarlierRunsOne() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("TargetTest", RECORDS_STAGING);

        Verdict verdict = run(project, gate(UNIT));

        assertThat(verdict.target()).isEqualTo(new TargetUsed("https://staging.example.com/",
                "system property fearless.baseUrl"));

        FixtureProject noTarget = FixtureProject.junit5(dir).test("TargetTest", "class TargetTest { @Test void t() { } }");
        assertThat(run(noTarget, gate(UNIT)).target()).as("an earlier run's target file").isNull();

        // The gate was given another environment than the one the tests used: no GO for the one it was not asked.
        FixtureProject again = FixtureProject.junit5(dir).test("TargetTest", RECORDS_STAGING);
        Verdict elsewhere = new GateEngine().run(again.request("test").baseUrl("https://prod.example.com").build(),
                gate(UNIT), GateListener.NONE);
        assertThat(elsewhere.decision()).isEqualTo(Decision.ERROR);
        assertThat(elsewhere.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(elsewhere.reason()).isEqualTo("the tests used the base URL https://staging.example.com/ (from the"
                + " system property fearless.baseUrl), not the gate's https://prod.example.com; remove the other"
                + " setting, so that the gate checks the environment it was given");
        assertThat(new GateEngine().run(again.request("test").baseUrl("https://staging.example.com").build(),
                gate(UNIT), GateListener.NONE).decision()).as("the same URL, but for its slash").isEqualTo(Decision.GO);
    }

    @Test
    void handsEachTestsOwnOutputToTheListenersAndTheRestOnlyToTheStepsOutput() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("PrintingTest", """
                @TestMethodOrder(MethodOrderer.MethodName.class)
                class PrintingTest {
                    @BeforeAll static void setUp() { System.out.println("set-up line"); }
                    @Test void a_prints() { System.out.println("from a"); System.err.println("error from a"); }
                    @Test void b_printsNothing() { }
                    @Test void c_printsOnAnotherThread() throws Exception {
                        Thread other = new Thread(() -> System.out.println("from another thread"));
                        other.start();
                        other.join();
                    }
                    @Test void d_printsALot() {
                        for (int i = 0; i < 1000; i++) { System.out.println("x".repeat(99)); }
                    }
                }
                """);
        Map<String, String> outputs = new ConcurrentHashMap<>();
        GateListener listener = new GateListener() {
            @Override
            public void testFinished(StepDefinition step, TestResult result) {
                outputs.put(result.name(), String.valueOf(result.output()));
            }
        };

        new GateEngine().run(project.request("test").build(), gate(UNIT), listener);

        assertThat(outputs).containsEntry("a_prints()", "from a\nerror from a\n")
                .containsEntry("b_printsNothing()", "null").containsEntry("c_printsOnAnotherThread()", "null");
        // 100 KB printed: whole lines up to the limit, then a note that says where the rest is.
        assertThat(outputs.get("d_printsALot()")).startsWith("x".repeat(99) + "\n").hasSizeLessThan(64 * 1024)
                .endsWith(" more bytes: the whole output is in the step's output.txt]\n")
                .doesNotContain("x[about");
        assertThat(Files.readString(dir.resolve("report/unit/output.txt")))
                .contains("set-up line", "from a", "error from a", "from another thread");
    }

    /** {@code path} as a Java string literal's content. */
    private static String escaped(Path path) {
        return path.toString().replace("\\", "\\\\");
    }
}
