package dev.fearless.health;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.pollinterval.PollInterval;

/**
 * Waits {@code first} after the first attempt, then twice as long after each next one, never more than {@code max},
 * and never past {@code deadline}: polling in the caller's thread, Awaitility sleeps a whole interval before it looks
 * at the clock, so a check would otherwise overrun its budget by up to {@code max}.
 *
 * <p>The last attempt comes {@code lastAttempt} before the deadline, not at it: an attempt due at the deadline has no
 * time left and is never made, so a service that came up after the attempt before it would be reported down, with up
 * to half the budget unchecked; and an attempt with only a moment left would time out on a service that answers in
 * a second. Once that last attempt is made, the interval waits out the budget.
 */
record DoublingPollInterval(Duration first, Duration max, Instant deadline, Duration lastAttempt)
        implements PollInterval {

    /** The time left for the last attempt: a quarter of the budget, at least {@code first}, at most 2 s. */
    static Duration lastAttempt(Duration budget, Duration first) {
        return Durations.max(first, Durations.min(budget.dividedBy(4), Duration.ofSeconds(2)));
    }

    private static final Duration AT_LEAST = Duration.ofMillis(1);

    @Override
    public Duration next(int pollCount, Duration previous) {
        Duration wanted = pollCount <= 1 || previous == null || previous.isZero()
                ? first
                : previous.multipliedBy(2);
        Duration untilDeadline = Duration.between(Instant.now(), deadline);
        if (untilDeadline.compareTo(lastAttempt) <= 0) {
            return atLeastOneMilli(untilDeadline);
        }
        return atLeastOneMilli(Durations.min(Durations.min(wanted, max), untilDeadline.minus(lastAttempt)));
    }

    private static Duration atLeastOneMilli(Duration interval) {
        return interval.compareTo(AT_LEAST) < 0 ? AT_LEAST : interval;
    }
}
