package dev.fearless.samples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.samples.pipeline.PipelineScript.Run;

/**
 * What pipeline.sh refuses before it runs anything: each is a usage error, exit 2, with a message that says what to
 * do. None of these starts Maven, so they run with the unit tests.
 */
class PipelineScriptTest {
    @TempDir
    Path log;

    @Test
    void refusesAnUnknownArgument() throws Exception {
        Run result = run(Map.of(), "--break=everything");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("unknown argument '--break=everything'", "--break=health");
    }

    @Test
    void refusesToStartWithoutADatabaseServer() throws Exception {
        Run result = run(Map.of("PGHOST", "127.0.0.1", "PGPORT", "1"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("cannot connect to PostgreSQL at 127.0.0.1:1");
    }

    @Test
    void refusesADatabaseNameThatIsNotAnIdentifier() throws Exception {
        Run result = run(Map.of("LIBRARY_DB", "library; DROP TABLE loans"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("must be a lower-case SQL identifier");
    }

    @Test
    void refusesASecondRunOnTheSameSample() throws Exception {
        Path lock = PipelineScript.ROOT.resolve("samples/library-service/target/pipeline.lock");
        Files.createDirectories(lock.getParent());
        // -o: the lock stays with flock itself, not with sleep, so destroying flock releases it.
        Process holder = new ProcessBuilder("flock", "-o", lock.toString(), "sleep", "60").start();
        try {
            // flock -n in pipeline.sh fails only while the holder has the lock, so wait until it does.
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> new ProcessBuilder("flock", "-n", lock.toString(), "true").start().waitFor() == 1);

            Run result = run(Map.of());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.output()).contains("another pipeline.sh is running");
        } finally {
            holder.descendants().forEach(ProcessHandle::destroyForcibly);
            holder.destroyForcibly().waitFor();
        }
    }

    private Run run(Map<String, String> environment, String... arguments) throws Exception {
        return PipelineScript.run(environment, log.resolve("pipeline.log"), Duration.ofMinutes(1), arguments);
    }
}
