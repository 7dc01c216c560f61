package dev.fearless.engine.internal;

import java.util.ArrayList;
import java.util.List;

import dev.fearless.engine.GateListener;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.engine.internal.fork.ForkEvents;

/**
 * Counts a step's tests as they stream in and passes each on to the listener. It keeps counts and the first few
 * failures only, so a run of any size needs the same memory.
 */
final class TestTally implements ForkEvents {

    private final StepDefinition step;
    private final GateListener listener;
    private final List<TestFailure> failures = new ArrayList<>();
    private long found;
    private long passed;
    private long failed;
    private long aborted;
    private long skipped;
    private long longestMs;

    private final SecretMasker masker;

    TestTally(StepDefinition step, GateListener listener, SecretMasker masker) {
        this.step = step;
        this.listener = listener;
        this.masker = masker;
    }

    @Override
    public void found(long count) {
        found += count;
        listener.testsFound(step, found);
    }

    @Override
    public void started(String name) {
        String shown = masker.mask(name);
        listener.testStarted(step, shown, shown);
    }

    @Override
    public void finished(TestResult unmasked) {
        TestResult result = masker.mask(unmasked);
        switch (result.status()) {
            case PASSED -> passed++;
            case FAILED -> failed++;
            case ABORTED -> aborted++;
            case SKIPPED -> skipped++;
        }
        if ((result.status() == dev.fearless.engine.TestStatus.FAILED
                || result.status() == dev.fearless.engine.TestStatus.ABORTED)
                && failures.size() < StepResult.MAX_FAILURES_KEPT) {
            failures.add(new TestFailure(result.qualifiedName(), result.status(), summary(result)));
        }
        longestMs = Math.max(longestMs, result.durationMs());
        listener.testFinished(step, result);
    }

    private static String summary(TestResult result) {
        // An aborted test's message is its assumption ("Assumption failed: ..."): the exception's name adds nothing.
        boolean assumption = result.status() == dev.fearless.engine.TestStatus.ABORTED && result.message() != null;
        return FailureMessages.summary(assumption ? null : result.failureType(), result.message());
    }

    TestCounts counts() {
        return new TestCounts(found, passed, failed, aborted, skipped);
    }

    /** The longest any test took, in milliseconds. */
    long longestMs() {
        return longestMs;
    }

    List<TestFailure> failures() {
        return failures;
    }
}
