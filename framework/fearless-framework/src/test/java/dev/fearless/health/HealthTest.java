package dev.fearless.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.fearless.http.LocalHttpServer;
import dev.fearless.target.Credentials;
import dev.fearless.target.TargetEnvironment;

/** Health checks against real local servers; budgets are generous and time is measured, never slept. */
class HealthTest {
    static final String DOWN = "{\"status\":\"DOWN\",\"components\":{\"db\":{\"status\":\"DOWN\"}}}";
    static final String UP = "{\"status\":\"UP\",\"build\":{\"version\":\"1.4.2\"}}";

    private LocalHttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aServiceThatBecomesHealthyAfterAWhilePassesAndTheReportSaysHowLongItTook() {
        long upAt = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        server = LocalHttpServer.start((exchange, request) -> {
            boolean up = System.nanoTime() >= upAt;
            LocalHttpServer.respond(exchange, up ? 200 : 503, up ? UP : DOWN);
        });

        HealthReport report = Health.of(target(server.uri())).within(Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(100))
                .http("/actuator/health").expectStatus(200).expectJson("status", "UP")
                .expectJson("build.version", "1.4.2")
                .check();

        assertThat(report.healthy()).isTrue();
        HealthReport.Dependency orders = report.dependencies().get(0);
        assertThat(orders.name()).isEqualTo("target /actuator/health");
        assertThat(orders.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(1400)).isLessThan(Duration.ofSeconds(60));
        assertThat(orders.attempts()).isGreaterThan(1);
        assertThat(orders.observation()).isEqualTo("last answer was 200 " + UP);
        assertThat(report.format()).contains("ok", "target /actuator/health", "after ");
    }

    @Test
    void aServiceThatNeverBecomesHealthyFailsWithinItsBudgetWithTheLastAnswer() {
        server = LocalHttpServer.start((exchange, request) -> LocalHttpServer.respond(exchange, 503, DOWN));
        Duration budget = Duration.ofSeconds(3);

        HealthCheckFailed failure = timed(budget, () -> catchThrowableOfType(HealthCheckFailed.class,
                () -> Health.of(target(server.uri())).within(budget).http("/actuator/health").check()));

        assertThat(failure).hasMessage("health check 'target /actuator/health' (GET " + server.uri()
                + "/actuator/health) not healthy within 3s: last answer was 503 " + DOWN);
        assertThat(failure.report().healthy()).isFalse();
        assertThat(failure.report().dependencies().get(0).attempts()).isGreaterThan(1);
    }

    @Test
    void aNamedServiceIsCheckedAtItsOwnUrlWithItsCredentials() {
        server = LocalHttpServer.start((exchange, request) -> LocalHttpServer.respond(exchange,
                "Bearer orders-health-token".equals(request.header("Authorization")) ? 200 : 401, UP));
        TargetEnvironment target = TargetEnvironment.builder(URI.create("http://127.0.0.1:9"))
                .service(new dev.fearless.target.ServiceEndpoint("orders", server.uri(),
                        Credentials.bearer("orders-health-token")))
                .build();

        HealthReport report = Health.of(target).within(Duration.ofSeconds(30)).service("orders")
                .http("/actuator/health").check();

        assertThat(report.dependencies().get(0).name()).isEqualTo("orders /actuator/health");
    }

    @Test
    void anAbsoluteUrlOfAnotherOriginGetsNoneOfTheTargetsCredentials() {
        server = LocalHttpServer.start((exchange, request) -> LocalHttpServer.respond(exchange,
                request.header("Authorization") == null ? 200 : 401, UP));
        TargetEnvironment elsewhere = TargetEnvironment.builder(URI.create("http://127.0.0.1:9"))
                .credentials(Credentials.bearer("target-only-token")).build();
        TargetEnvironment same = TargetEnvironment.builder(server.uri())
                .credentials(Credentials.bearer("target-only-token")).build();

        HealthReport report = Health.of(elsewhere).within(Duration.ofSeconds(30))
                .http(server.uri().resolve("/actuator/health").toString()).check();
        HealthCheckFailed sameOrigin = catchThrowableOfType(HealthCheckFailed.class, () -> Health.of(same)
                .within(Duration.ofSeconds(1)).http(server.uri().resolve("/actuator/health").toString()).check());

        assertThat(report.healthy()).isTrue();
        assertThat(sameOrigin).as("the target's own origin still gets its credentials").isNotNull()
                .hasMessageContaining("last answer was 401");
    }

    @Test
    void aServerErrorIsNotHealthy() {
        server = LocalHttpServer.start((exchange, request) ->
                LocalHttpServer.respond(exchange, 500, "{\"error\":\"NullPointerException\"}"));

        assertThatThrownBy(() -> Health.of(target(server.uri())).within(Duration.ofSeconds(2))
                .http("/actuator/health").check())
                .isInstanceOf(HealthCheckFailed.class)
                .hasMessageEndingWith("last answer was 500 {\"error\":\"NullPointerException\"}");
    }

    @Test
    void theWrongVersionIsNotHealthyAndTheMessageSaysWhichValueDiffered() {
        server = LocalHttpServer.start((exchange, request) -> LocalHttpServer.respond(exchange, 200, UP));
        TargetEnvironment target = TargetEnvironment.builder(server.uri()).expectedVersion("1.5.0").build();

        assertThatThrownBy(() -> Health.of(target).within(Duration.ofSeconds(2)).http("/actuator/health")
                .expectDeployedVersion("build.version").check())
                .hasMessage("health check 'target /actuator/health' (GET " + server.uri() + "/actuator/health) not"
                        + " healthy within 2s: last answer was 200 " + UP
                        + " (build.version is \"1.4.2\", expected \"1.5.0\")");
    }

    @Test
    void expectingTheDeployedVersionWithoutOneSetSaysWhatToSet() {
        TargetEnvironment target = target(URI.create("http://127.0.0.1:9"));

        assertThatThrownBy(() -> Health.of(target).http("/actuator/health").expectDeployedVersion("build.version"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No expected version for health check 'target /actuator/health': set the system property "
                        + "fearless.expectedVersion (or FEARLESS_EXPECTED_VERSION, or target.expectedVersion in "
                        + "fearless.yml)");
    }

    @Test
    void aRedirectSaysWhereItPointed() {
        server = LocalHttpServer.start((exchange, request) -> {
            exchange.getResponseHeaders().set("Location", "/login?next=/actuator/health");
            LocalHttpServer.respond(exchange, 302, "");
        });

        assertThatThrownBy(() -> Health.of(target(server.uri())).within(Duration.ofSeconds(2))
                .http("/actuator/health").check())
                .hasMessageEndingWith(": last answer was 302 (redirected to /login?next=/actuator/health)");
    }

    @Test
    void aRefusedConnectionIsNamedWithTheAddress() throws IOException {
        int port = closedPort();

        assertThatThrownBy(() -> Health.of(target(URI.create("http://127.0.0.1:" + port)))
                .within(Duration.ofSeconds(2)).http("/actuator/health").check())
                .hasMessage("health check 'target /actuator/health' (GET http://127.0.0.1:" + port
                        + "/actuator/health) not healthy within 2s: last attempt: connection refused (127.0.0.1:"
                        + port + ")");
    }

    @Test
    void anUnknownHostIsNamed() {
        assertThatThrownBy(() -> Health.of(target(URI.create("http://no-such-host.invalid:8080")))
                .within(Duration.ofSeconds(2)).http("/actuator/health").check())
                .hasMessageEndingWith("last attempt: unknown host (no-such-host.invalid:8080)");
    }

    @Test
    void aTlsFailureIsNamed() throws IOException {
        try (PlainTextServer plain = PlainTextServer.start()) {
            URI https = URI.create("https://127.0.0.1:" + plain.port());

            assertThatThrownBy(() -> Health.of(target(https)).within(Duration.ofSeconds(2)).http("/actuator/health")
                    .check())
                    .hasMessageContaining("last attempt: TLS failure: ")
                    .hasMessageEndingWith("(127.0.0.1:" + plain.port() + ")");
        }
    }

    @Test
    void anAnswerSlowerThanTheBudgetFailsWithinTheBudget() {
        server = LocalHttpServer.start((exchange, request) -> request.hang());
        Duration budget = Duration.ofSeconds(3);

        HealthCheckFailed failure = timed(budget, () -> catchThrowableOfType(HealthCheckFailed.class,
                () -> Health.of(target(server.uri())).within(budget).http("/actuator/health").check()));

        assertThat(failure.getMessage())
                .startsWith("health check 'target /actuator/health' (GET " + server.uri() + "/actuator/health) not"
                        + " healthy within 3s: last attempt: no answer within ")
                .endsWith(", the rest of the 3s budget");
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutSaysSo() {
        server = LocalHttpServer.start((exchange, request) -> request.hang());
        TargetEnvironment target = TargetEnvironment.builder(server.uri()).readTimeout(Duration.ofSeconds(1)).build();

        assertThatThrownBy(() -> Health.of(target).within(Duration.ofSeconds(4)).pollingEvery(Duration.ofMillis(50))
                .http("/actuator/health").check())
                .hasMessageContaining("last attempt: no answer within ");
        assertThat(server.requests()).hasSizeGreaterThan(1);
    }

    @Test
    void tcpCheckOfTheLocalPostgresIsHealthy() {
        HealthReport report = Health.of(target(URI.create("http://127.0.0.1:9"))).within(Duration.ofSeconds(30))
                .tcp("db", "127.0.0.1", 5432).check();

        assertThat(report.dependencies().get(0).observation()).isEqualTo("last attempt: connected to 127.0.0.1:5432");
    }

    @Test
    void tcpCheckOfAClosedPortFailsNamingHostAndPort() throws IOException {
        int port = closedPort();

        assertThatThrownBy(() -> Health.of(target(URI.create("http://127.0.0.1:9"))).within(Duration.ofSeconds(2))
                .tcp("db", "127.0.0.1", port).check())
                .hasMessage("health check 'db' not healthy within 2s: last attempt: connection refused (127.0.0.1:"
                        + port + ")");
    }

    @Test
    void checkAllReportsEveryDependencyHealthyOrNot() throws IOException {
        server = LocalHttpServer.start((exchange, request) -> LocalHttpServer.respond(exchange, 200, UP));
        int port = closedPort();
        Health health = Health.of(target(server.uri())).within(Duration.ofSeconds(3));

        HealthCheckFailed failure = timed(Duration.ofSeconds(3), () -> catchThrowableOfType(HealthCheckFailed.class,
                () -> health.checkAll(List.of(
                        health.http("/actuator/health"),
                        health.tcp("db", "127.0.0.1", 5432),
                        health.tcp("cache", "127.0.0.1", port)))));

        assertThat(failure).hasMessage("health check 'cache' not healthy within 3s: last attempt: connection refused "
                + "(127.0.0.1:" + port + ")");
        assertThat(failure.report().dependencies())
                .extracting(HealthReport.Dependency::name, HealthReport.Dependency::ok)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("target /actuator/health", true),
                        org.assertj.core.groups.Tuple.tuple("db", true),
                        org.assertj.core.groups.Tuple.tuple("cache", false));
        assertThat(failure.report().format())
                .startsWith("Health: 2 of 3 dependencies healthy")
                .contains("FAILED  cache", "not within 3s");
    }

    @Test
    void settingsAreImmutable() {
        Health base = Health.of(target(URI.create("http://127.0.0.1:9")));
        Health longer = base.within(Duration.ofSeconds(90));
        HttpProbe probe = longer.http("/health");
        HttpProbe strict = probe.expectStatus(204);

        assertThat(longer).isNotSameAs(base);
        assertThat(strict).isNotSameAs(probe);
        assertThat(probe.url()).isEqualTo(URI.create("http://127.0.0.1:9/health"));
    }

    @Test
    void pollingDoublesUpToFiveSeconds() {
        DoublingPollInterval interval = new DoublingPollInterval(Duration.ofMillis(200), Duration.ofSeconds(5),
                Instant.now().plus(Duration.ofHours(1)), Duration.ofSeconds(2));

        Duration first = interval.next(1, Duration.ZERO);
        Duration second = interval.next(2, first);
        Duration later = interval.next(9, Duration.ofSeconds(4));

        assertThat(List.of(first, second, later))
                .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofSeconds(5));
    }

    @Test
    void pollingNeverWaitsPastTheDeadline() {
        DoublingPollInterval interval = new DoublingPollInterval(Duration.ofMillis(200), Duration.ofSeconds(5),
                Instant.now().plus(Duration.ofMillis(300)), Duration.ofMillis(200));

        assertThat(interval.next(5, Duration.ofSeconds(3))).isLessThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theLastAttemptComesBeforeTheDeadlineWithTimeToAnswer() {
        Duration lastAttempt = DoublingPollInterval.lastAttempt(Duration.ofSeconds(3), Duration.ofMillis(200));
        DoublingPollInterval interval = new DoublingPollInterval(Duration.ofMillis(200), Duration.ofSeconds(5),
                Instant.now().plus(Duration.ofMillis(1500)), lastAttempt);

        // Doubling would wait 6 s, past the deadline: the last attempt comes a quarter of the budget before it.
        Duration beforeTheLast = interval.next(5, Duration.ofSeconds(3));
        DoublingPollInterval afterTheLast = new DoublingPollInterval(Duration.ofMillis(200), Duration.ofSeconds(5),
                Instant.now().plus(Duration.ofMillis(700)), lastAttempt);

        assertThat(lastAttempt).isEqualTo(Duration.ofMillis(750));
        assertThat(beforeTheLast).isLessThanOrEqualTo(Duration.ofMillis(750)).isPositive();
        assertThat(afterTheLast.next(6, Duration.ofSeconds(3))).as("waits out the budget")
                .isLessThanOrEqualTo(Duration.ofMillis(700));
        assertThat(DoublingPollInterval.lastAttempt(Duration.ofSeconds(60), Duration.ofMillis(200)))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(DoublingPollInterval.lastAttempt(Duration.ofMillis(400), Duration.ofMillis(200)))
                .isEqualTo(Duration.ofMillis(200));
    }

    /** Runs {@code action} and checks, by the clock, that it ended within {@code budget} and a small margin. */
    private static <T> T timed(Duration budget, Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).isLessThan(budget.plusSeconds(2));
        return result;
    }

    private static TargetEnvironment target(URI uri) {
        return TargetEnvironment.builder(uri).build();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
