package dev.fearless.samples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fearless.samples.pipeline.PipelineScript.Run;

/**
 * Runs {@code samples/pipeline.sh} as a user would, on the library-service sample built against this repository's
 * Fearless: predeploy gate, deploy on a free port with its PostgreSQL database, postdeploy gate with health checks,
 * smoke tests and E2E tests in Chromium, stop. Then twice more with a broken deploy, each of which the postdeploy gate
 * must STOP, naming the failing check, and once with a deploy that fails, which must leave no earlier run's
 * postdeploy reports. The deployed app gets databases of the test's own, dropped afterwards, so a
 * developer's library_dev is left alone.
 */
class PipelineIT {
    private static final Path SAMPLE = PipelineScript.ROOT.resolve("samples/library-service");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP_DB = "library_pipeline_it";
    private static final String TEST_DB = "library_pipeline_it_test";
    private static final Pattern DEPLOYED_PORT = Pattern.compile("is running at http://127\\.0\\.0\\.1:(\\d+)");

    @AfterAll
    static void dropTheDatabases() throws Exception {
        psql("postgres", "DROP DATABASE IF EXISTS " + APP_DB + " WITH (FORCE)");
        psql("postgres", "DROP DATABASE IF EXISTS " + TEST_DB + " WITH (FORCE)");
        psql("postgres", "DROP ROLE IF EXISTS " + APP_DB);
    }

    @Test
    void aGoodChangeGoesThroughBothGates() throws Exception {
        Run run = pipeline("good");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.output()).contains("== predeploy: GO", "== postdeploy: GO", "is running at http://127.0.0.1:");

        JsonNode predeploy = verdict("predeploy");
        assertThat(predeploy.path("decision").asText()).isEqualTo("GO");
        assertThat(stepNames(predeploy)).containsExactly("static", "unit", "module");
        assertThat(predeploy.path("steps").get(1).path("coverage").path("line").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(predeploy.path("steps").get(2).path("tests").path("passed").asInt()).isPositive();

        JsonNode postdeploy = verdict("postdeploy");
        assertThat(postdeploy.path("decision").asText()).isEqualTo("GO");
        assertThat(stepNames(postdeploy)).containsExactly("health", "smoke", "e2e");
        for (JsonNode step : postdeploy.path("steps")) {
            assertThat(step.path("decision").asText()).as(step.path("name").asText()).isEqualTo("GO");
            assertThat(step.path("tests").path("passed").asInt()).as(step.path("name").asText()).isPositive();
        }
        assertThat(run.output()).contains("== stop: library-service");
        assertStopped(run);
    }

    @Test
    void aDeployWhoseDatabaseIsGoneStopsAtTheHealthCheck() throws Exception {
        Run run = pipeline("health", "--break=health");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.output()).contains("== predeploy: GO", "== postdeploy: STOP");

        JsonNode postdeploy = verdict("postdeploy");
        assertThat(postdeploy.path("decision").asText()).isEqualTo("STOP");
        assertThat(postdeploy.path("steps").get(0).path("decision").asText()).isEqualTo("STOP");
        assertThat(postdeploy.path("reason").asText())
                .startsWith("step health:")
                .contains("LibraryHealthCheckTest.serviceAndDatabaseAreUpWithTheDeployedVersion")
                .contains("library database");
        assertThat(stepDecisions(postdeploy)).containsExactly("STOP", "SKIPPED", "SKIPPED");
        assertStopped(run);
        assertThat(psql(APP_DB, "SELECT 1")).as("the app's role may log in again after the break").isZero();
    }

    @Test
    void aDeployThatCannotLendStopsAtTheSmokeTest() throws Exception {
        Run run = pipeline("smoke", "--break=smoke");

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.output()).contains("== predeploy: GO", "== postdeploy: STOP");

        JsonNode postdeploy = verdict("postdeploy");
        assertThat(stepDecisions(postdeploy)).containsExactly("GO", "STOP", "SKIPPED");
        assertThat(postdeploy.path("reason").asText())
                .startsWith("step smoke:")
                .contains("LendingSmokeTest.aMemberBorrowsABookAndBringsItBack")
                .contains("Expected status code <201> but was <500>");
        assertStopped(run);
        assertThat(psql(APP_DB, "SELECT 1 / has_table_privilege('" + APP_DB + "', 'loans', 'INSERT')::int"))
                .as("the app's role may record loans again after the break").isZero();
    }

    @Test
    void aRunThatEndsBeforeAGateLeavesNoEarlierRunsReportsOfIt() throws Exception {
        // An earlier run's GO, as a CI job that archives target/pipeline would ship it.
        Path stale = Files.createDirectories(SAMPLE.resolve("target/pipeline/postdeploy")).resolve("verdict.json");
        Files.writeString(stale, "{\"decision\" : \"GO\"}");

        Run run = pipeline("deploy-fails", Map.of("START_TIMEOUT_SECONDS", "0"));

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(4);
        assertThat(verdict("predeploy").path("decision").asText()).isEqualTo("GO");
        assertThat(stale.getParent()).as("the postdeploy reports of an earlier run").doesNotExist();
    }

    /** The deployed app no longer answers on its port once the pipeline has ended. */
    private static void assertStopped(Run run) {
        Matcher port = DEPLOYED_PORT.matcher(run.output());
        assertThat(port.find()).as("the deploy line with the app's port").isTrue();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(port.group(1))), 2_000);
            throw new AssertionError("library-service still answers on port " + port.group(1) + " after the pipeline");
        } catch (IOException expected) {
            // Refused: stopped.
        }
    }

    /** psql's exit code for one statement; with ON_ERROR_STOP a failed statement (or login) is non-zero. */
    private static int psql(String database, String sql) throws IOException, InterruptedException {
        String user = database.equals(APP_DB) ? APP_DB : System.getenv().getOrDefault("PGUSER", "postgres");
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h",
                System.getenv().getOrDefault("PGHOST", "127.0.0.1"), "-U", user, "-d", database, "-c", sql)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (database.equals(APP_DB)) {
            builder.environment().put("PGPASSWORD", "library-dev");
        }
        Process process = builder.start();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("psql did not end within a minute: " + sql);
        }
        return process.exitValue();
    }

    private static Run pipeline(String name, String... arguments) throws IOException, InterruptedException {
        return pipeline(name, Map.of(), arguments);
    }

    private static Run pipeline(String name, Map<String, String> more, String... arguments)
            throws IOException, InterruptedException {
        Map<String, String> environment = new java.util.HashMap<>(more);
        environment.putAll(Map.of(
                "MAVEN_ARGS", "-ntp -Dmaven.repo.local=" + System.getProperty("pipeline.repository")
                        + " -Dmaven.repo.local.tail=" + System.getProperty("pipeline.repositoryTail"),
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "LIBRARY_DB", APP_DB,
                "LIBRARY_TEST_DB", TEST_DB));
        return PipelineScript.run(environment, Path.of("target", "pipeline-" + name + ".log"), Duration.ofMinutes(15),
                arguments);
    }

    private static JsonNode verdict(String gate) throws IOException {
        return JSON.readTree(SAMPLE.resolve("target/pipeline").resolve(gate).resolve("verdict.json").toFile());
    }

    private static List<String> stepNames(JsonNode verdict) {
        return verdict.path("steps").findValuesAsText("name");
    }

    private static List<String> stepDecisions(JsonNode verdict) {
        List<String> decisions = new ArrayList<>();
        verdict.path("steps").forEach(step -> decisions.add(step.path("decision").asText()));
        return decisions;
    }

}
