package dev.fearless.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.fearless.api.HealthCheck;
import dev.fearless.api.ModuleTest;
import dev.fearless.api.SmokeTest;
import dev.fearless.health.Health;
import dev.fearless.http.Api;
import dev.fearless.http.LocalHttpServer;
import dev.fearless.testsupport.AllureTestCase;
import dev.fearless.testsupport.TreeFiles;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;

/**
 * A token planted in the target never shows in any file a run leaves behind (its output, the Allure results), nor in
 * any exception, however carelessly the server or the test handles it.
 */
class PlantedCredentialTest {
    static final String PLANTED = "s3cr3t-planted-token";

    @TempDir
    Path output;

    @Test
    void aPlantedTokenNeverShowsInTheOutputFolderNorInExceptions() throws IOException {
        EngineExecutionResults run;
        // A careless server: it echoes the credentials it gets, in bodies and in headers.
        try (LocalHttpServer server = LocalHttpServer.start((exchange, request) -> {
            exchange.getResponseHeaders().set("X-Echo", String.valueOf(request.header("Authorization")));
            LocalHttpServer.respond(exchange, 503, "{\"status\":\"DOWN\",\"detail\":\"token " + PLANTED
                    + " rejected\",\"auth\":\"" + request.header("Authorization") + "\"}");
        })) {
            run = runCapturingEverything(server, CarelessTestCase.class);
        }

        run.testEvents().assertStatistics(stats -> stats.started(4).failed(4));
        List<String> failures = run.testEvents().failed().stream()
                .map(event -> stackTrace(event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()))
                .toList();
        assertThat(failures).hasSize(4).allSatisfy(failure -> assertThat(failure).doesNotContain(PLANTED));
        assertThat(failures).anySatisfy(failure -> assertThat(failure).contains("****"));

        List<Path> files = files();
        assertThat(files).extracting(file -> file.getFileName().toString())
                .contains("stdout.txt", "stderr.txt")
                .anySatisfy(name -> assertThat(name).endsWith("-attachment.txt"));
        assertThat(files).allSatisfy(file -> assertThat(read(file)).as(file.toString()).doesNotContain(PLANTED));
        assertThat(read(output.resolve("stdout.txt"))).contains("****", "Health report", "HTTP requests and responses");
    }

    private EngineExecutionResults runCapturingEverything(LocalHttpServer server, Class<?> testClass)
            throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        AllureLifecycle previous = Allure.getLifecycle();
        try (SystemProperties properties = SystemProperties.set(
                "fearless.baseUrl", server.uri(), "fearless.token", PLANTED,
                "allure.results.directory", output.resolve("allure-results"));
             PrintStream capturedOut = new PrintStream(Files.newOutputStream(output.resolve("stdout.txt")), true,
                     StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(Files.newOutputStream(output.resolve("stderr.txt")), true,
                     StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            return AllureTestCase.run(testClass);
        } finally {
            System.setOut(out);
            System.setErr(err);
            Allure.setLifecycle(previous);
        }
    }

    private List<Path> files() {
        return TreeFiles.under(output);
    }

    private static String read(Path file) {
        return TreeFiles.read(file);
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    static class CarelessTestCase {
        @ModuleTest
        void callsAnApiThatFails(Api api) {
            api.given().get("/orders").then().statusCode(200);
        }

        @HealthCheck
        void checksAServiceThatStaysDown(TargetEnvironment target) {
            Health.of(target).within(Duration.ofSeconds(1)).http("/actuator/health").check();
        }

        @SmokeTest
        void printsTheTargetAndQuotesTheToken(TargetEnvironment target, Api api) {
            System.out.println("target: " + target + ", api: " + api);
            System.err.println("credentials: " + target.credentials());
            fail("unexpected answer for " + target.credentials().authorizationHeader().orElseThrow());
        }

        @ModuleTest
        void throwsWithTheTokenInTheMessage(TargetEnvironment target) {
            throw new IllegalStateException("call with token " + PLANTED + " failed");
        }
    }
}
