package dev.fearless.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import dev.fearless.api.HealthCheck;
import dev.fearless.api.ModuleTest;
import dev.fearless.api.SmokeTest;
import dev.fearless.target.FearlessTest;
import dev.fearless.target.SystemProperties;
import dev.fearless.target.TargetEnvironment;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Runs small test classes through the Jupiter engine, as a user's build would, and checks what they were given. */
class ParameterInjectionTest {
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    @Test
    void layerAnnotationsInjectTheTargetAndReadyApis() {
        try (LocalHttpServer target = LocalHttpServer.start((exchange, request) ->
                     LocalHttpServer.respond(exchange, 200, "{\"who\":\"target\"}"));
             LocalHttpServer orders = LocalHttpServer.start((exchange, request) ->
                     LocalHttpServer.respond(exchange, 200, "{\"who\":\"orders\"}"));
             SystemProperties properties = SystemProperties.set(
                     "fearless.baseUrl", target.uri(),
                     "fearless.token", "injection-token",
                     "fearless.service.orders.url", orders.uri(),
                     "fearless.service.orders.token", "orders-injection-token")) {

            EngineExecutionResults results = run(LayeredTestCase.class);

            results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
            assertThat(SEEN.get("target")).isInstanceOf(TargetEnvironment.class);
            assertThat(SEEN).containsEntry("api", "target").containsEntry("spec", "target")
                    .containsEntry("orders", "orders");
            assertThat(target.requests()).extracting(request -> request.header("Authorization"))
                    .containsOnly("Bearer injection-token");
            assertThat(orders.requests()).extracting(request -> request.header("Authorization"))
                    .containsOnly("Bearer orders-injection-token");
        }
    }

    @Test
    void fearlessTestInjectsIntoPlainTests() {
        try (LocalHttpServer target = LocalHttpServer.start((exchange, request) ->
                     LocalHttpServer.respond(exchange, 200, "{\"who\":\"target\"}"));
             SystemProperties properties = SystemProperties.set("fearless.baseUrl", target.uri())) {

            run(PlainTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));

            assertThat(target.requests()).hasSize(1);
        }
    }

    @Test
    void aMissingTargetFailsTheTestWithWhatToSet() {
        assumeTrue(System.getenv("FEARLESS_BASE_URL") == null && System.getProperty("fearless.baseUrl") == null,
                "this machine sets a target");
        EngineExecutionResults results = run(NoTargetTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Throwable failure = results.testEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .findFirst().orElseThrow();
        assertThat(failure).hasMessage("No target environment: set the system property fearless.baseUrl "
                + "(or FEARLESS_BASE_URL, or target.baseUrl in fearless.yml)");
    }

    @Test
    void anUnknownServiceFailsTheTestNamingIt() {
        try (SystemProperties properties = SystemProperties.set("fearless.baseUrl", "http://127.0.0.1:9")) {
            EngineExecutionResults results = run(UnknownServiceTestCase.class);

            List<String> messages = results.testEvents().failed().stream()
                    .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()
                            .getMessage())
                    .toList();
            assertThat(messages).singleElement().asString()
                    .startsWith("No service 'billing' in the target environment: set the system property "
                            + "fearless.service.billing.url");
        }
    }

    private static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
    }

    static class LayeredTestCase {
        @HealthCheck
        void health(TargetEnvironment target) {
            SEEN.put("target", target);
        }

        @ModuleTest
        void module(Api api, RequestSpecification spec) {
            SEEN.put("api", api.given().get("/").then().statusCode(200).extract().path("who"));
            SEEN.put("spec", RestAssured.given(spec).get("/").then().statusCode(200).extract().path("who"));
        }

        @SmokeTest
        void smoke(@Service("orders") Api orders) {
            SEEN.put("orders", orders.given().get("/").then().statusCode(200).extract().path("who"));
        }
    }

    @FearlessTest
    static class PlainTestCase {
        @Test
        void plain(Api api) {
            api.given().get("/").then().statusCode(200);
        }
    }

    static class NoTargetTestCase {
        @ModuleTest
        void needsATarget(TargetEnvironment target) {
        }
    }

    static class UnknownServiceTestCase {
        @SmokeTest
        void needsBilling(@Service("billing") RequestSpecification billing) {
        }
    }
}
