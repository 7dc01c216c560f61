package dev.fearless.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.fearless.target.Credentials;
import dev.fearless.target.TargetEnvironment;
import io.restassured.RestAssured;

class ApiTest {
    private final LocalHttpServer server = LocalHttpServer.start((exchange, request) -> {
        if (request.path().startsWith("/slow")) {
            request.hang();
        }
        LocalHttpServer.respond(exchange, 200, "{\"id\":\"o-1\",\"status\":\"NEW\"}");
    });

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void sendsJsonWithABearerTokenToTheBaseUri() {
        TargetEnvironment target = TargetEnvironment.builder(server.uri())
                .credentials(Credentials.bearer("api-test-token")).build();

        String status = Api.of(target).given().body(Map.of("sku", "A-1"))
                .post("/orders")
                .then().statusCode(200).extract().path("status");

        assertThat(status).isEqualTo("NEW");
        LocalHttpServer.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/orders");
        assertThat(request.header("Authorization")).isEqualTo("Bearer api-test-token");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Accept")).contains("application/json");
        assertThat(request.body()).isEqualTo("{\"sku\":\"A-1\"}");
    }

    @Test
    void sendsBasicCredentialsWithTheFirstRequest() {
        TargetEnvironment target = TargetEnvironment.builder(server.uri())
                .credentials(Credentials.basic("ci", "basic-api-password")).build();

        RestAssured.given(Api.of(target).spec()).get("/orders").then().statusCode(200);

        String expected = Base64.getEncoder()
                .encodeToString("ci:basic-api-password".getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Basic " + expected);
    }

    @Test
    void aNamedServiceUsesItsOwnUrlAndCredentials() {
        try (LocalHttpServer orders = LocalHttpServer.start((exchange, request) ->
                LocalHttpServer.respond(exchange, 201, "{}"))) {
            TargetEnvironment target = TargetEnvironment.builder(URI.create("http://127.0.0.1:9"))
                    .credentials(Credentials.bearer("target-token"))
                    .service(new dev.fearless.target.ServiceEndpoint("orders", orders.uri(),
                            Credentials.bearer("orders-token")))
                    .build();

            Api.of(target, "orders").given().post("/orders").then().statusCode(201);

            assertThat(orders.requests().get(0).header("Authorization")).isEqualTo("Bearer orders-token");
        }
    }

    @Test
    void aServerThatNeverAnswersFailsWithinTheReadTimeout() {
        TargetEnvironment target = TargetEnvironment.builder(server.uri()).readTimeout(Duration.ofSeconds(1)).build();
        long start = System.nanoTime();

        assertThatThrownBy(() -> Api.of(target).given().get("/slow"))
                .isInstanceOf(SocketTimeoutException.class);

        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void nothingStaticOfRestAssuredIsChanged() {
        String baseUri = RestAssured.baseURI;
        int port = RestAssured.port;
        var config = RestAssured.config;
        TargetEnvironment target = TargetEnvironment.builder(server.uri())
                .credentials(Credentials.bearer("static-token")).build();

        Api.of(target).given().get("/orders").then().statusCode(200);

        assertThat(RestAssured.baseURI).isEqualTo(baseUri);
        assertThat(RestAssured.port).isEqualTo(port);
        assertThat(RestAssured.config).isSameAs(config);
        assertThat(RestAssured.authentication).isEqualTo(RestAssured.DEFAULT_AUTH);
        assertThat(RestAssured.filters()).isEmpty();
    }
}
