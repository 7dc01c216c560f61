package dev.fearless.health;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.pollinterval.PollInterval;

/**
 * Waits {@code first} after the first attempt, then twice as long after each next one, never more than {@code max},
 * and never past {@code deadline}: polling in the caller's thread, Awaitility sleeps a whole interval before it looks
 * at the clock, so a check would otherwise overrun its budget by up to {@code max}.
 */
record DoublingPollInterval(Duration first, Duration max, Instant deadline) implements PollInterval {
    private static final Duration AT_LEAST = Duration.ofMillis(1);

    @Override
    public Duration next(int pollCount, Duration previous) {
        Duration wanted = pollCount <= 1 || previous == null || previous.isZero()
                ? first
                : previous.multipliedBy(2);
        Duration untilDeadline = Duration.between(Instant.now(), deadline);
        Duration next = Durations.min(Durations.min(wanted, max), untilDeadline);
        return next.compareTo(AT_LEAST) < 0 ? AT_LEAST : next;
    }
}
