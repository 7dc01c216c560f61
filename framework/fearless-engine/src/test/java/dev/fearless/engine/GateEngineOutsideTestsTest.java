package dev.fearless.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.config.GateDefinition;
import dev.fearless.engine.config.StepDefinition;

/**
 * Real forks on fixture projects where something goes wrong outside a test method: a class that cannot be loaded, a
 * test JUnit will not run, a set-up that kills or hangs the JVM, a factory that never returns, a process left
 * running. None may pass unseen or be blamed on a test that had already passed.
 */
class GateEngineOutsideTestsTest {

    @TempDir
    Path dir;

    private static final StepDefinition UNIT = StepDefinition.of(Layer.UNIT).withPassRate(1.0);

    private static FearlessConfig gate(StepDefinition step) {
        return new FearlessConfig(Map.of("test", new GateDefinition("test", List.of(step))),
                Optional.of(Layer.UNIT), "test config");
    }

    private Verdict run(FixtureProject project, StepDefinition step) throws Exception {
        return new GateEngine().run(project.request("test").build(), gate(step), GateListener.NONE);
    }

    @Test
    void failsATestClassThatCannotBeLoaded() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir)
                .main("Base", "public class Base { }")
                .test("BrokenTest", "class BrokenTest extends Base { @Test void neverRuns() { } }")
                .test("OkTest", "class OkTest { @Test void runs() { } }");
        GateRequest request = project.request("test").build();
        // The class path no longer has the superclass: JUnit's scan skips BrokenTest without a word.
        Files.delete(project.classes().resolve("Base.class"));

        Verdict verdict = new GateEngine().run(request, gate(UNIT), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        StepResult step = verdict.steps().get(0);
        assertThat(step.tests().passed()).isEqualTo(1);
        assertThat(step.tests().failed()).isEqualTo(1);
        assertThat(step.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.test()).isEqualTo("BrokenTest.initializationError");
            assertThat(failure.message()).contains("the test class BrokenTest could not be loaded")
                    .contains("NoClassDefFoundError: Base");
        });
    }

    @Test
    void failsATestClassJUnitCannotReadForATypeMissingFromASignature() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir)
                .main("Missing", "public class Missing { }")
                .test("BadSignatureTest", """
                        class BadSignatureTest {
                            @Test void mustRunAndFail() { fail("ran"); }
                            Missing helper() { return null; }
                        }
                        """)
                .test("OkTest", "class OkTest { @Test void runs() { } }");
        GateRequest request = project.request("test").build();
        // The class loads, but JUnit's reflection over its methods fails: JUnit drops it without a word.
        Files.delete(project.classes().resolve("Missing.class"));

        Verdict verdict = new GateEngine().run(request, gate(UNIT), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.steps().get(0).tests()).isEqualTo(new TestCounts(2, 1, 1, 0, 0));
        assertThat(verdict.steps().get(0).failures()).singleElement().satisfies(failure -> {
            assertThat(failure.test()).isEqualTo("BadSignatureTest.initializationError");
            assertThat(failure.message()).contains("the test class BadSignatureTest could not be read by JUnit")
                    .contains("NoClassDefFoundError: Missing");
        });
    }

    @Test
    void scansATestRootThatIsASymbolicLink() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir)
                .test("FailingTest", "class FailingTest { @Test void fails() { fail(\"must run\"); } }");
        GateRequest built = project.request("test").build();
        // A linked build folder, on the class path and as the scan root: JUnit's scan alone does not follow it.
        Path link = Files.createSymbolicLink(dir.resolve("linked-test-classes"), dir.relativize(project.testClasses()));
        List<Path> classpath = new java.util.ArrayList<>(built.classpath());
        classpath.set(classpath.indexOf(project.testClasses()), link);
        GateRequest request = project.request("test").classpath(classpath).scanRoots(List.of(link)).build();

        Verdict verdict = new GateEngine().run(request, gate(UNIT), GateListener.NONE);

        assertThat(verdict.steps().get(0).tests()).as(verdict.reason()).isEqualTo(new TestCounts(1, 0, 1, 0, 0));
        assertThat(verdict.steps().get(0).failures()).singleElement()
                .satisfies(failure -> assertThat(failure.message()).as("the test ran").contains("must run"));
    }

    @Test
    void keepsCountingWhenAFailuresMessageOrStackTraceThrows() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("WeirdFailureTest", """
                @TestMethodOrder(MethodOrderer.MethodName.class)
                class WeirdFailureTest {
                    static class Weird extends RuntimeException {
                        @Override public String getMessage() { throw new IllegalStateException("no message"); }
                    }
                    static class WeirderError extends AssertionError {
                        @Override public String toString() { throw new IllegalStateException("no text"); }
                    }
                    @Test void a_throwsWeird() { throw new Weird(); }
                    @Test void b_passes() { }
                    @Test void c_throwsWeirder() { throw new WeirderError(); }
                    @Test void d_passes() { }
                }
                """);

        Verdict verdict = run(project, UNIT);

        StepResult step = verdict.steps().get(0);
        assertThat(verdict.exitCode()).as(verdict.reason()).isEqualTo(ExitCode.STOP);
        assertThat(step.tests()).isEqualTo(new TestCounts(4, 2, 2, 0, 0));
        assertThat(step.failures()).extracting(failure -> failure.test()).containsExactly(
                "WeirdFailureTest.a_throwsWeird()", "WeirdFailureTest.c_throwsWeirder()");
        assertThat(step.failures().get(0).message())
                .contains("(its getMessage() threw java.lang.IllegalStateException)");
    }

    @Test
    void stopsWhenJUnitWillNotRunATestMethod() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("HiddenTest", """
                class HiddenTest {
                    @Test void runs() { }
                    @Test private void hidden() { }
                }
                """);

        Verdict verdict = run(project, UNIT);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.reason()).contains("critical issue during test discovery")
                .contains("@Test method 'private void HiddenTest.hidden()' must not be private");
    }

    @Test
    void namesTheClassWhoseTearDownKilledTheJvmNotItsLastTest() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("TearDownTest", """
                class TearDownTest {
                    @Test void passes() { }
                    @AfterAll static void tearDown() { Runtime.getRuntime().halt(9); }
                }
                """);

        Verdict verdict = run(project, UNIT);

        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        // Runtime.halt runs no shutdown hook, so the pass of the last few milliseconds may not have reached the
        // gate; the name of what was running is in the memory-mapped slot, which outlives the JVM.
        assertThat(verdict.reason()).contains("exited with code 9")
                .contains("while running TearDownTest (outside its tests)");
    }

    @Test
    void keepsTheResultsOfTestsThatEndedBeforeSystemExit() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("ExitTest", """
                class ExitTest {
                    @Test void passes() { }
                    @AfterAll static void tearDown() { System.exit(0); }
                }
                """);

        Verdict verdict = run(project, UNIT);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.reason()).contains("while running ExitTest (outside its tests)");
        assertThat(verdict.steps().get(0).tests().passed()).as("the result sent just before the exit").isEqualTo(1);
    }

    @Test
    void appliesTheTestTimeoutToATestFactoryThatHangs() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).test("FactoryTest", """
                class FactoryTest {
                    @TestFactory java.util.stream.Stream<DynamicTest> slow() throws Exception {
                        Thread.sleep(600_000);
                        return java.util.stream.Stream.empty();
                    }
                }
                """);

        // maxDuration only bounds this test's own run time should the test timeout ever miss the factory.
        Verdict verdict = run(project, UNIT.withTestTimeout(Duration.ofSeconds(2))
                .withMaxDuration(Duration.ofSeconds(30)));

        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).startsWith("step unit: FactoryTest.slow() ran longer than the test timeout of 2s"
                + " outside its tests");
    }

    @Test
    void stopsTheProcessesThatTestsLeftRunning() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        FixtureProject project = FixtureProject.junit5(dir).test("ChildTest", """
                class ChildTest {
                    @Test void startsAndForgets() throws Exception {
                        Process child = new ProcessBuilder("sleep", "600").start();
                        java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), Long.toString(child.pid()));
                    }
                }
                """.formatted(pidFile.toString().replace("\\", "\\\\")));

        Verdict verdict = run(project, UNIT);

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        long childPid = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(childPid).filter(ProcessHandle::isAlive)).as("left-over child").isEmpty();
    }
}
