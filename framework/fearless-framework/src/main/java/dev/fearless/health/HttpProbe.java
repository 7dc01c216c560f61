package dev.fearless.health;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fearless.target.Credentials;
import dev.fearless.target.Secrets;

/**
 * Checks an HTTP endpoint: healthy when it answers with an expected status (any 2xx unless told) and every expected
 * JSON value. Polls with the JDK's {@code HttpClient}; each attempt waits at most the read timeout, and never longer
 * than what is left of the budget. Immutable: every method returns a new probe.
 *
 * <pre>{@code
 * Health.of(target).service("orders").within(Duration.ofSeconds(60))
 *     .http("/actuator/health")
 *     .expectStatus(200)
 *     .expectJson("status", "UP")
 *     .expectDeployedVersion("build.version")   // fearless.expectedVersion, the version just deployed
 *     .check();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class HttpProbe extends Probe {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final URI url;
    private final Credentials credentials;
    private final Set<Integer> statuses;
    private final List<JsonExpectation> json;
    private final Optional<String> deployedVersion;

    HttpProbe(HealthSettings settings, String name, URI url, Credentials credentials, Set<Integer> statuses,
            List<JsonExpectation> json, Optional<String> deployedVersion) {
        super(settings);
        this.name = name;
        this.url = url;
        this.credentials = credentials;
        this.statuses = Set.copyOf(statuses);
        this.json = List.copyOf(json);
        this.deployedVersion = deployedVersion;
    }

    /** Healthy only with one of these statuses (instead of any 2xx). */
    public HttpProbe expectStatus(int... expected) {
        Set<Integer> set = Arrays.stream(expected).boxed().collect(Collectors.toUnmodifiableSet());
        return new HttpProbe(settings, name, url, credentials, set, json, deployedVersion);
    }

    /**
     * Healthy only when the answer is JSON with {@code expected} at {@code path} (dotted: {@code build.version}),
     * compared as text, so {@code expectJson("replicas", 3)} matches {@code 3} and {@code "3"}.
     */
    public HttpProbe expectJson(String path, Object expected) {
        List<JsonExpectation> more = new ArrayList<>(json);
        more.add(new JsonExpectation(path, String.valueOf(expected)));
        return new HttpProbe(settings, name, url, credentials, statuses, more, deployedVersion);
    }

    /**
     * Healthy only when the JSON value at {@code path} is the version or commit just deployed, as set by
     * {@code fearless.expectedVersion} (or {@code FEARLESS_EXPECTED_VERSION}, or {@code target.expectedVersion} in
     * {@code fearless.yml}).
     *
     * @throws IllegalStateException when no expected version is set: a check that cannot know what to expect does
     *                               not pass
     */
    public HttpProbe expectDeployedVersion(String path) {
        String version = deployedVersion.orElseThrow(() -> new IllegalStateException(
                "No expected version for health check '" + name + "': set the system property fearless.expectedVersion"
                        + " (or FEARLESS_EXPECTED_VERSION, or target.expectedVersion in fearless.yml)"));
        return expectJson(path, version);
    }

    /** The same check under another name in messages and reports. */
    public HttpProbe named(String newName) {
        return new HttpProbe(settings, newName, url, credentials, statuses, json, deployedVersion);
    }

    @Override
    public String name() {
        return name;
    }

    /** The URL polled. */
    public URI url() {
        return url;
    }

    @Override
    public String toString() {
        return "HttpProbe[" + name + " " + Secrets.mask(url.toString()) + "]";
    }

    @Override
    Function<Duration, Observation> attempts() {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return remaining -> attempt(client, remaining);
    }

    private Observation attempt(HttpClient client, Duration remaining) {
        Duration timeout = Durations.min(settings.readTimeout(), remaining);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json")
                .GET();
        credentials.authorizationHeader().ifPresent(value -> request.header("Authorization", value));
        CompletableFuture<HttpResponse<String>> answer =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
        try {
            // The request timeout covers the wait for headers; this one covers a body that never ends, too.
            return evaluate(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Observation.failure(Failures.noAnswer(timeout, settings.readTimeout(), settings.budget()));
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (Failures.isTimeout(failure)) {
                return Observation.failure(Failures.noAnswer(timeout, settings.readTimeout(), settings.budget()));
            }
            return Observation.failure(Failures.describe(failure, address(), settings.connectTimeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            return Observation.failure("interrupted while waiting for an answer");
        }
    }

    private Observation evaluate(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        boolean statusOk = statuses.isEmpty() ? status >= 200 && status < 300 : statuses.contains(status);
        if (!statusOk) {
            String reason = statuses.isEmpty() ? null : "expected status " + statuses.stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(" or "));
            // Redirects are not followed (a health endpoint answers itself): say where it pointed.
            Optional<String> redirect = status >= 300 && status < 400
                    ? response.headers().firstValue("Location") : Optional.empty();
            if (redirect.isPresent()) {
                reason = "redirected to " + redirect.get() + (reason == null ? "" : "; " + reason);
            }
            return Observation.answer(false, status, body, reason);
        }
        if (json.isEmpty()) {
            return Observation.answer(true, status, body, null);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            tree = null;
        }
        if (tree == null || tree.isMissingNode()) {
            return Observation.answer(false, status, body, "the body is not JSON");
        }
        for (JsonExpectation expectation : json) {
            String mismatch = expectation.mismatch(tree);
            if (mismatch != null) {
                return Observation.answer(false, status, body, mismatch);
            }
        }
        return Observation.answer(true, status, body, null);
    }

    @Override
    String location() {
        return "GET " + Secrets.mask(url.toString());
    }

    private String address() {
        return url.getHost() + ":" + port(url);
    }

    /** The port {@code url} connects to: its own, else its scheme's default. */
    static int port(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
