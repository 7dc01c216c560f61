package dev.fearless.samples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs {@code samples/pipeline.sh} as a user would, on the library-service sample built against this repository's
 * Fearless: predeploy gate, deploy on a free port with its PostgreSQL database, postdeploy gate with health checks,
 * smoke tests and E2E tests in Chromium, stop. Then twice more with a broken deploy, each of which the postdeploy gate
 * must STOP, naming the failing check.
 */
class PipelineIT {
    private static final Path ROOT = Path.of(System.getProperty("fearless.root")).toAbsolutePath();
    private static final Path SAMPLE = ROOT.resolve("samples/library-service");
    private static final ObjectMapper JSON = new ObjectMapper();

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
                .contains("500");
    }

    private static Run pipeline(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("samples/pipeline.sh").toString()));
        command.addAll(List.of(arguments));
        Path log = Path.of("target", "pipeline-" + name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("MAVEN_ARGS", "-ntp -Dmaven.repo.local=" + System.getProperty("pipeline.repository")
                + " -Dmaven.repo.local.tail=" + System.getProperty("pipeline.repositoryTail"));
        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("pipeline.sh " + String.join(" ", arguments) + " did not end within 15 minutes;"
                    + " see " + log);
        }
        return new Run(process.exitValue(), Files.readString(log), log);
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

    private record Run(int exitCode, String output, Path log) {
        String describe() {
            String tail = output.lines().skip(Math.max(0, output.lines().count() - 60)).reduce("", (a, b) -> a + "\n" + b);
            return "pipeline.sh exited " + exitCode + "; full output in " + log + "; its end:" + tail;
        }
    }
}
