package dev.fearless.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.fearless.api.ModuleTest;
import dev.fearless.target.SystemProperties;
import dev.fearless.testsupport.AllureTestCase;
import dev.fearless.testsupport.TreeFiles;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;

/**
 * A failing API test leaves its requests and responses in the Allure results, with the token masked; a passing one
 * leaves nothing.
 */
class FailedTestEvidenceTest {
    static final String TOKEN = "evidence-token-31337";
    static final String HEADER_TOKEN = "header-token-2718";
    static final String ISSUED_TOKEN = "issued-access-token-4242";

    @TempDir
    Path results;

    @Test
    void aFailingApiTestAttachesItsExchangesWithTheTokenMasked() {
        try (LocalHttpServer server = LocalHttpServer.start((exchange, request) -> {
            if (request.path().equals("/ok")) {
                LocalHttpServer.respond(exchange, 200, "{\"ok\":true}");
            } else {
                // A careless server that echoes the credentials it was sent.
                LocalHttpServer.respond(exchange, 500, "{\"error\":\"token " + TOKEN + " expired\",\"sent\":\""
                        + request.header("Authorization") + "\"}");
            }
        })) {
            EngineExecutionResults run = runWithAllure(server, FailingAndPassingTestCase.class);

            run.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
            List<Path> attachments = files().stream()
                    .filter(file -> file.getFileName().toString().endsWith("-attachment.txt")).toList();
            assertThat(attachments).hasSize(1);
            assertThat(read(attachments.get(0)))
                    .contains("GET " + server.uri() + "/orders", "HTTP/1.1 500", "Authorization: ****",
                            "X-Auth-Token: ****", "\"error\":\"token **** expired\"")
                    .doesNotContain(TOKEN, HEADER_TOKEN);
            assertThat(files()).allSatisfy(file -> assertThat(read(file)).doesNotContain(TOKEN));
            assertThat(files()).anySatisfy(file ->
                    assertThat(read(file)).contains("HTTP requests and responses of failed test"));
        }
    }

    @Test
    void anAssertionThatQuotesTheTokenIsMasked() {
        try (LocalHttpServer server = LocalHttpServer.start((exchange, request) ->
                LocalHttpServer.respond(exchange, 200, "{\"token\":\"x\",\"note\":\"" + TOKEN + "\"}"))) {
            EngineExecutionResults run = runWithAllure(server, QuotingTestCase.class);

            Throwable failure = run.testEvents().failed().stream()
                    .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                    .findFirst().orElseThrow();
            assertThat(failure).isInstanceOf(AssertionError.class);
            assertThat(failure.getMessage()).contains("****").doesNotContain(TOKEN);
        }
    }

    @Test
    void aTokenAResponseHandsOutIsMaskedInAnAssertionThatQuotesItWithoutItsName() {
        try (LocalHttpServer server = LocalHttpServer.start((exchange, request) -> LocalHttpServer.respond(exchange,
                200, "{\"accessToken\":\"" + ISSUED_TOKEN + "\",\"tokenType\":\"Bearer\",\"expiresIn\":60}"))) {
            EngineExecutionResults run = runWithAllure(server, IssuedTokenTestCase.class);

            Throwable failure = run.testEvents().failed().stream()
                    .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                    .findFirst().orElseThrow();
            // REST Assured's message reads "Expected: x  Actual: <the token>": only a remembered value can be masked.
            assertThat(failure.getMessage()).contains("****").doesNotContain(ISSUED_TOKEN);
        }
    }

    /**
     * In a real run Allure's JUnit listener starts a test case around each test; the test kit runs no launcher
     * listeners, so this one test case stands in for it.
     */
    private EngineExecutionResults runWithAllure(LocalHttpServer server, Class<?> testClass) {
        AllureLifecycle previous = Allure.getLifecycle();
        try (SystemProperties properties = SystemProperties.set(
                "fearless.baseUrl", server.uri(), "fearless.token", TOKEN,
                "allure.results.directory", results)) {
            return AllureTestCase.run(testClass);
        } finally {
            Allure.setLifecycle(previous);
        }
    }

    private List<Path> files() {
        return TreeFiles.under(results);
    }

    private static String read(Path file) {
        return TreeFiles.read(file);
    }

    static class FailingAndPassingTestCase {
        @ModuleTest
        void failsOnAServerError(Api api) {
            api.given().header("X-Auth-Token", HEADER_TOKEN).get("/orders").then().statusCode(200);
        }

        @ModuleTest
        void passes(Api api) {
            api.given().get("/ok").then().statusCode(200);
        }
    }

    static class IssuedTokenTestCase {
        @ModuleTest
        void checksTheIssuedToken(Api api) {
            api.given().post("/login").then().body("accessToken", equalTo("x"));
        }
    }

    static class QuotingTestCase {
        @ModuleTest
        void quotesTheBody(Api api) {
            api.given().get("/orders").then().body("note", equalTo("something else"));
        }
    }
}
