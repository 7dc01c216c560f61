package dev.fearless.health;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

/**
 * What a health check saw: each dependency checked, whether it was healthy, the last thing seen and how long it took.
 * Credentials are masked in every text.
 *
 * <pre>{@code
 * HealthReport report = Health.of(target).checkAll(List.of(orders, db));
 * report.dependencies().get(0).elapsed();   // how long orders took to become healthy
 * }</pre>
 *
 * @param dependencies one entry per dependency, in the order they were given
 * @param elapsed      how long the whole check took
 */
@API(status = STABLE, since = "0.1")
public record HealthReport(List<Dependency> dependencies, Duration elapsed) {
    public HealthReport {
        dependencies = List.copyOf(dependencies);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Whether every dependency was healthy. */
    public boolean healthy() {
        return dependencies.stream().allMatch(Dependency::ok);
    }

    /** The dependencies that were not healthy within their budget. */
    public List<Dependency> failures() {
        return dependencies.stream().filter(dependency -> !dependency.ok()).toList();
    }

    /**
     * The report as a few lines of text:
     * <pre>
     * Health: 1 of 2 dependencies healthy (10s)
     *   ok      orders /actuator/health  after 1.6s, 4 attempts: last answer was 200 {"status":"UP"}
     *   FAILED  db                       within 10s, 6 attempts: last attempt: connection refused (127.0.0.1:5432)
     * </pre>
     */
    public String format() {
        long healthy = dependencies.stream().filter(Dependency::ok).count();
        int width = dependencies.stream().mapToInt(dependency -> dependency.name().length()).max().orElse(0);
        StringBuilder text = new StringBuilder("Health: ").append(healthy).append(" of ").append(dependencies.size())
                .append(" dependencies healthy (").append(Durations.format(elapsed)).append(")\n");
        for (Dependency dependency : dependencies) {
            text.append(String.format("  %-7s %-" + Math.max(width, 1) + "s  %s%n",
                    dependency.ok() ? "ok" : "FAILED", dependency.name(), dependency.summary()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * One dependency's result.
     *
     * @param name        the dependency's name, as in messages
     * @param ok          whether it became healthy within its budget
     * @param observation what the last attempt saw: {@code last answer was 503 {...}} or
     *                    {@code last attempt: connection refused (127.0.0.1:5432)}
     * @param elapsed     how long it took to become healthy, or to give up
     * @param attempts    how many attempts were made
     * @param budget      the time it had
     * @param location    what was checked, for an HTTP check {@code GET http://host:8080/actuator/health}
     *                    (credentials masked); empty when the observation names it (a TCP check's address)
     */
    @API(status = STABLE, since = "0.1")
    public record Dependency(String name, boolean ok, String observation, Duration elapsed, int attempts,
            Duration budget, String location) {

        public Dependency {
            location = location == null ? "" : location;
        }

        /** A dependency whose observation names what was checked. */
        public Dependency(String name, boolean ok, String observation, Duration elapsed, int attempts,
                Duration budget) {
            this(name, ok, observation, elapsed, attempts, budget, "");
        }

        /** {@code 'orders /actuator/health'}, with its location when it has one: {@code 'orders /health' (GET ...)}. */
        String quotedName() {
            return "'" + name + "'" + (location.isEmpty() ? "" : " (" + location + ")");
        }

        /** {@code after 1.6s, 4 attempts: last answer was 200 {...}} or {@code within 10s, 6 attempts: ...}. */
        public String summary() {
            String when = ok ? "after " + Durations.format(elapsed) : "not within " + Durations.format(budget);
            return when + ", " + attempts + (attempts == 1 ? " attempt: " : " attempts: ") + observation;
        }
    }
}
