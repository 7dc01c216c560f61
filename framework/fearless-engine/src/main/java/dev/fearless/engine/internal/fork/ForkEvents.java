package dev.fearless.engine.internal.fork;

import dev.fearless.engine.TestResult;

/** What the gate hears from a running fork, on the thread that reads the fork's stream. */
public interface ForkEvents {

    /** {@code count} more tests were found. */
    void found(long count);

    /** A test started. */
    void started(String name);

    /** A test ended. */
    void finished(TestResult result);
}
