package dev.fearless.health;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apiguardian.api.API;

import dev.fearless.internal.attach.Attachments;
import dev.fearless.target.Credentials;
import dev.fearless.target.ServiceEndpoint;
import dev.fearless.target.TargetEnvironment;

/**
 * Health checks of a target environment: a small fluent DSL on Awaitility. Every method returns a new immutable
 * object, as Awaitility's {@code ConditionFactory} does, so a configured {@code Health} can be shared and extended.
 *
 * <pre>{@code
 * @HealthCheck
 * void ordersIsUpWithTheNewVersion(TargetEnvironment target) {
 *     Health health = Health.of(target).within(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200));
 *     health.service("orders").http("/actuator/health")
 *         .expectStatus(200).expectJson("status", "UP").expectDeployedVersion("build.version")
 *         .check();
 *     health.checkAll(List.of(
 *         health.service("billing").http("/actuator/health"),
 *         health.tcp("db", "db.staging.internal", 5432)));
 * }
 * }</pre>
 *
 * <p>A check polls until healthy or until its budget (default 60s) is spent; the pause between attempts starts at
 * the polling interval (default 200ms) and doubles up to 5s. Each attempt waits at most the target's read timeout,
 * and never past the budget, so a check ends within its budget. On failure, {@link HealthCheckFailed} says in one line
 * what the last attempt saw. The {@link HealthReport} is printed and attached to the Allure report either way.
 */
@API(status = STABLE, since = "0.1")
public final class Health {
    private final TargetEnvironment target;
    private final String scope;
    private final URI baseUrl;
    private final Credentials credentials;
    private final Optional<String> expectedVersion;
    private final HealthSettings settings;

    private Health(TargetEnvironment target, String scope, URI baseUrl, Credentials credentials,
            Optional<String> expectedVersion, HealthSettings settings) {
        this.target = target;
        this.scope = scope;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.expectedVersion = expectedVersion;
        this.settings = settings;
    }

    /** Health checks of the target's base URL, with its credentials, timeouts and expected version. */
    public static Health of(TargetEnvironment target) {
        Objects.requireNonNull(target, "target");
        return new Health(target, "target", target.baseUrl(), target.credentials(), target.expectedVersion(),
                new HealthSettings(HealthSettings.DEFAULT_BUDGET, HealthSettings.DEFAULT_FIRST_INTERVAL,
                        HealthSettings.MAX_INTERVAL, target.connectTimeout(), target.readTimeout()));
    }

    /**
     * The same settings, for a named service of the target: its URL and credentials.
     *
     * @throws dev.fearless.target.TargetConfigurationException when the target has no such service
     */
    public Health service(String name) {
        ServiceEndpoint service = target.service(name);
        return new Health(target, service.name(), service.url(), service.credentials(), expectedVersion, settings);
    }

    /** How long a check may take to become healthy (default 60s). */
    public Health within(Duration budget) {
        return new Health(target, scope, baseUrl, credentials, expectedVersion, settings.withBudget(budget));
    }

    /** The pause after the first attempt (default 200ms); it doubles after each attempt, up to 5s. */
    public Health pollingEvery(Duration firstInterval) {
        return new Health(target, scope, baseUrl, credentials, expectedVersion, settings.withFirstInterval(firstInterval));
    }

    /**
     * An HTTP check of {@code path}, relative to the base URL (or the service's URL); an absolute URL is used as it
     * is, and gets the credentials only when it has the base URL's origin (scheme, host and port), so that a check of
     * another host never receives the target's token. Healthy on any 2xx answer unless told otherwise.
     */
    public HttpProbe http(String path) {
        boolean absolute = URI.create(path).isAbsolute();
        URI url = absolute ? URI.create(path) : resolve(path);
        String name = absolute ? url.toString() : scope + " " + path;
        Credentials sent = !absolute || sameOrigin(url, baseUrl) ? credentials : Credentials.none();
        return new HttpProbe(settings, name, url, sent, Set.of(), List.of(), expectedVersion);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && HttpProbe.port(a) == HttpProbe.port(b);
    }

    /** A TCP check: healthy when {@code host:port} accepts a connection. */
    public TcpProbe tcp(String name, String host, int port) {
        return new TcpProbe(settings, name, host, port);
    }

    /** {@link #checkAll(List)} of these probes. */
    public HealthReport checkAll(Probe... probes) {
        return checkAll(List.of(probes));
    }

    /**
     * Checks every probe at the same time, each within its own budget, and reports each one, healthy or not. The
     * report is printed and attached to the Allure report.
     *
     * @throws HealthCheckFailed when any probe was not healthy within its budget; its report has every probe
     */
    public HealthReport checkAll(List<? extends Probe> probes) {
        if (probes.isEmpty()) {
            throw new IllegalArgumentException("checkAll needs at least one probe: nothing checked is not healthy");
        }
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(probes.size(), runnable -> {
            Thread thread = new Thread(runnable, "fearless-health");
            thread.setDaemon(true);
            return thread;
        });
        List<HealthReport.Dependency> results = new ArrayList<>();
        try {
            List<Future<HealthReport.Dependency>> polls = new ArrayList<>();
            for (Probe probe : probes) {
                polls.add(pool.submit(probe::poll));
            }
            for (Future<HealthReport.Dependency> poll : polls) {
                results.add(poll.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking health", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A health check broke: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        HealthReport report = new HealthReport(results, Duration.between(start, Instant.now()));
        Attachments.publish("Health report", report.format());
        if (!report.healthy()) {
            throw new HealthCheckFailed(report);
        }
        return report;
    }

    private URI resolve(String path) {
        String base = baseUrl.toString();
        String joined = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + (path.startsWith("/") ? path : "/" + path);
        return URI.create(joined);
    }
}
