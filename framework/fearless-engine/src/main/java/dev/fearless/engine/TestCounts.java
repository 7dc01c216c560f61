package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How many tests a step found and how they ended. {@code skipped} counts disabled tests: they are reported but do
 * not count towards the pass rate.
 */
@API(status = STABLE, since = "0.1")
public record TestCounts(long found, long passed, long failed, long aborted, long skipped) {

    public static final TestCounts NONE = new TestCounts(0, 0, 0, 0, 0);

    /** Tests that ran to an end that counts for the pass rate: passed, failed and aborted. */
    public long counted() {
        return passed + failed + aborted;
    }

    /** passed / (passed + failed + aborted), or {@code NaN} when no test counted. */
    public double passRate() {
        long counted = counted();
        return counted == 0 ? Double.NaN : (double) passed / counted;
    }
}
