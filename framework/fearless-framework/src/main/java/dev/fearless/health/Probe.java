package dev.fearless.health;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apiguardian.api.API;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import dev.fearless.internal.attach.Attachments;

/**
 * One dependency to check: an HTTP endpoint ({@link HttpProbe}) or a TCP port ({@link TcpProbe}). Immutable; made by
 * {@link Health}.
 *
 * <pre>{@code
 * HealthReport report = Health.of(target).http("/actuator/health").check();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public abstract sealed class Probe permits HttpProbe, TcpProbe {
    final HealthSettings settings;

    Probe(HealthSettings settings) {
        this.settings = settings;
    }

    /** The name in messages and reports: {@code orders /actuator/health}, {@code db}. */
    public abstract String name();

    /**
     * What a failure message names besides the name: the request an HTTP check makes, so that a wrong base URL shows
     * in the message; empty when the observation names it already (a TCP check's address).
     */
    abstract String location();

    /**
     * Polls until the dependency is healthy or the budget is spent, then prints the report and attaches it to the
     * Allure report.
     *
     * @return the report, healthy
     * @throws HealthCheckFailed when the budget ran out; its message says what the last attempt saw
     */
    public final HealthReport check() {
        HealthReport.Dependency result = poll();
        HealthReport report = new HealthReport(List.of(result), result.elapsed());
        Attachments.publish("Health report", report.format());
        if (!result.ok()) {
            throw new HealthCheckFailed(report);
        }
        return report;
    }

    /**
     * What one check run uses for its attempts (an HTTP client, say): each call makes one attempt that takes at most
     * the given time, and never throws, since a failure is an observation too.
     */
    abstract Function<Duration, Observation> attempts();

    /** Polls with Awaitility until healthy or out of budget; each attempt is cut to what is left of the budget. */
    HealthReport.Dependency poll() {
        Instant start = Instant.now();
        Instant deadline = start.plus(settings.budget());
        AtomicReference<Observation> last = new AtomicReference<>(Observation.NONE);
        AtomicInteger attempts = new AtomicInteger();
        Function<Duration, Observation> attempt = attempts();
        boolean ok;
        try {
            // Every setting that matters is set here, so Awaitility's static defaults cannot change a check.
            Awaitility.await()
                    .atMost(settings.budget())
                    .pollDelay(Duration.ZERO)
                    .pollInterval(new DoublingPollInterval(settings.firstInterval(), settings.maxInterval(), deadline,
                            DoublingPollInterval.lastAttempt(settings.budget(), settings.firstInterval())))
                    .pollInSameThread()
                    .dontCatchUncaughtExceptions()
                    .until(() -> {
                        Duration remaining = Duration.between(Instant.now(), deadline);
                        if (remaining.isNegative() || remaining.isZero()) {
                            return false;
                        }
                        Observation observation = attempt.apply(remaining);
                        last.set(observation);
                        attempts.incrementAndGet();
                        return observation.ok();
                    });
            ok = true;
        } catch (ConditionTimeoutException e) {
            ok = false;
        }
        return new HealthReport.Dependency(name(), ok, last.get().describe(), Duration.between(start, Instant.now()),
                attempts.get(), settings.budget(), location());
    }
}
