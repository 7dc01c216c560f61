package dev.fearless.health;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

import dev.fearless.target.Secrets;

/**
 * A dependency was not healthy within its budget. An {@link AssertionError}, so the test is reported as failed; the
 * message is one line that says what the last attempt saw, and {@link #report()} has the rest.
 *
 * <pre>
 * health check 'orders /actuator/health' not healthy within 10s: last answer was 503 {"status":"DOWN"}
 * </pre>
 */
@API(status = STABLE, since = "0.1")
public final class HealthCheckFailed extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final transient HealthReport report;

    HealthCheckFailed(HealthReport report) {
        super(message(report));
        this.report = report;
    }

    /** Every dependency checked, healthy or not. */
    public HealthReport report() {
        return report;
    }

    private static String message(HealthReport report) {
        List<HealthReport.Dependency> failures = report.failures();
        if (failures.size() == 1) {
            HealthReport.Dependency failure = failures.get(0);
            return Secrets.mask("health check " + failure.quotedName() + " not healthy within "
                    + Durations.format(failure.budget()) + ": " + failure.observation());
        }
        return Secrets.mask(failures.size() + " of " + report.dependencies().size()
                + " health checks not healthy: " + failures.stream()
                        .map(failure -> failure.quotedName() + " within " + Durations.format(failure.budget()) + ": "
                                + failure.observation())
                        .collect(Collectors.joining("; ")));
    }
}
