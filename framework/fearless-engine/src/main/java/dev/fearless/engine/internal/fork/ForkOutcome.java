package dev.fearless.engine.internal.fork;

/**
 * How a fork ended.
 *
 * @param kind        completed, or which way it broke
 * @param exitCode    the fork's exit code, or {@code -1} when it was killed or never started
 * @param runningTest the test that was running when it broke, or {@code null}
 * @param message     one line: what happened, for the verdict
 * @param ranMs       for a timeout, how long the test (or the step) had run when the fork was killed; else {@code -1}
 */
public record ForkOutcome(Kind kind, int exitCode, String runningTest, String message, long ranMs) {

    /** An outcome that is not a timeout. */
    public ForkOutcome(Kind kind, int exitCode, String runningTest, String message) {
        this(kind, exitCode, runningTest, message, -1);
    }

    public enum Kind {
        /** Every test ran and the fork said so. */
        COMPLETED,
        /** The fork could not be started, or ended before it connected. */
        NOT_STARTED,
        /** The fork ended before every test had run: System.exit, Runtime.halt, a signal, a fatal error. */
        CRASHED,
        /** A test ran longer than the test timeout; the fork was killed. */
        TEST_TIMED_OUT,
        /** The step ran longer than its maximum duration; the fork was killed. */
        STEP_TIMED_OUT
    }

    public boolean completed() {
        return kind == Kind.COMPLETED;
    }
}
