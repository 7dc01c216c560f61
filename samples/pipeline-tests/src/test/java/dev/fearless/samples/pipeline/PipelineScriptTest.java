package dev.fearless.samples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What pipeline.sh refuses before it runs anything: each is a usage error, exit 2, with a message that says what to
 * do. None of these starts Maven, so they run with the unit tests.
 */
class PipelineScriptTest {
    private static final Path ROOT = Path.of(System.getProperty("fearless.root")).toAbsolutePath();

    @Test
    void refusesAnUnknownArgument() throws Exception {
        Result result = run(Map.of(), "--break=everything");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("unknown argument '--break=everything'", "--break=health");
    }

    @Test
    void refusesToStartWithoutADatabaseServer() throws Exception {
        Result result = run(Map.of("PGHOST", "127.0.0.1", "PGPORT", "1"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("cannot connect to PostgreSQL at 127.0.0.1:1");
    }

    @Test
    void refusesADatabaseNameThatIsNotAnIdentifier() throws Exception {
        Result result = run(Map.of("LIBRARY_DB", "library; DROP TABLE loans"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("must be a lower-case SQL identifier");
    }

    @Test
    void refusesASecondRunOnTheSameSample() throws Exception {
        Path lock = ROOT.resolve("samples/library-service/target/pipeline.lock");
        Files.createDirectories(lock.getParent());
        // -o: the lock stays with flock itself, not with sleep, so destroying flock releases it.
        Process holder = new ProcessBuilder("flock", "-o", lock.toString(), "sleep", "60").start();
        try {
            // flock -n in pipeline.sh fails only while the holder has the lock, so wait until it does.
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> new ProcessBuilder("flock", "-n", lock.toString(), "true").start().waitFor() == 1);

            Result result = run(Map.of());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.output()).contains("another pipeline.sh is running");
        } finally {
            holder.descendants().forEach(ProcessHandle::destroyForcibly);
            holder.destroyForcibly().waitFor();
        }
    }

    private static Result run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("samples/pipeline.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("pipeline.sh did not refuse within a minute: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
