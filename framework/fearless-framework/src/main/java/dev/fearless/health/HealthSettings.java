package dev.fearless.health;

import java.time.Duration;

/**
 * How long a check may take and how often it polls: a value, like Awaitility's {@code ConditionSettings}.
 *
 * @param budget         the time a check has to become healthy
 * @param firstInterval  the pause after the first attempt; it doubles after each attempt, up to {@code maxInterval}
 * @param maxInterval    the longest pause between two attempts
 * @param connectTimeout the longest wait for a connection in one attempt
 * @param readTimeout    the longest wait for an answer in one attempt; never more than what is left of the budget
 */
record HealthSettings(Duration budget, Duration firstInterval, Duration maxInterval, Duration connectTimeout,
        Duration readTimeout) {
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);
    static final Duration DEFAULT_FIRST_INTERVAL = Duration.ofMillis(200);
    static final Duration MAX_INTERVAL = Duration.ofSeconds(5);

    HealthSettings {
        positive(budget, "budget");
        positive(firstInterval, "polling interval");
        positive(connectTimeout, "connect timeout");
        positive(readTimeout, "read timeout");
    }

    HealthSettings withBudget(Duration budget) {
        return new HealthSettings(budget, firstInterval, maxInterval, connectTimeout, readTimeout);
    }

    HealthSettings withFirstInterval(Duration firstInterval) {
        return new HealthSettings(budget, firstInterval, maxInterval, connectTimeout, readTimeout);
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The " + name + " must be a positive duration, was " + duration);
        }
    }
}
