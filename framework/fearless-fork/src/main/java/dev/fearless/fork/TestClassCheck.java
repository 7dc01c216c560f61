package dev.fearless.fork;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * {@link SkippedTestClasses} run on a thread of its own from the fork's first moment, and reported when JUnit has
 * found the tests.
 *
 * <p>Why a thread: loading every test class (and, under JaCoCo, instrumenting it) was the largest part of a fork's
 * start, 0.6 s of 1.2 s for 200 classes of 100 tests, and it ran alone, before JUnit's launcher was even created.
 * Now JUnit starts up on the other core meanwhile, and its class path scan finds the classes loaded. Each class is
 * still loaded once: the class loader takes a lock per class name, so whichever thread comes second waits for the
 * first and gets its class. Neither runs a static initializer ({@code Class.forName(name, false, loader)}).
 */
final class TestClassCheck implements TestExecutionListener {

    private final FutureTask<List<SkippedTestClasses.Skipped>> task;
    private EventWriter events;
    private boolean reported;

    private TestClassCheck(FutureTask<List<SkippedTestClasses.Skipped>> task) {
        this.task = task;
    }

    /** Starts looking for the test classes under {@code roots} whose tests JUnit would silently not run. */
    static TestClassCheck start(List<Path> roots, List<String> includes, List<String> excludes,
            ClassLoader loader) {
        TestClassCheck check = new TestClassCheck(
                new FutureTask<>(() -> SkippedTestClasses.find(roots, includes, excludes, loader)));
        Thread thread = new Thread(check.task, "fearless-test-class-check");
        thread.setDaemon(true);
        thread.start();
        return check;
    }

    /** Where the findings go, once the event stream exists. */
    synchronized TestClassCheck reportingTo(EventWriter writer) {
        this.events = writer;
        return this;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        report();
    }

    /**
     * Waits for the check and reports each test class whose tests will not run as a test that failed, once. JUnit swallows what a
     * listener throws, so a check that failed (a test root it could not list) ends the fork here as fatal, as it did
     * when the check ran before JUnit.
     */
    synchronized void report() {
        if (reported) {
            return;
        }
        reported = true;
        for (SkippedTestClasses.Skipped test : findings()) {
            events.found(ForkProtocol.FOUND_MORE, 1);
            events.result(-1, "[class:" + test.className() + "]/[" + SkippedTestClasses.TEST_NAME + "]",
                    test.className(), SkippedTestClasses.TEST_NAME, test.className(), ForkProtocol.FAILED, 0,
                    test.failure(), null);
        }
    }

    private List<SkippedTestClasses.Skipped> findings() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    ForkMain.fatal(events, e.getCause());
                    throw new IllegalStateException("unreachable: the fork has halted", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
