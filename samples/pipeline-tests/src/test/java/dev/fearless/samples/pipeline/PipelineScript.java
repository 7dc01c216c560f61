package dev.fearless.samples.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs samples/pipeline.sh from the repository root, as a user would, with its output in a log file. */
final class PipelineScript {
    static final Path ROOT = Path.of(System.getProperty("fearless.root")).toAbsolutePath();

    private PipelineScript() {
    }

    /**
     * Runs the script with {@code arguments} and these environment variables on top of the test's, and waits for it.
     *
     * @throws AssertionError when it does not end within {@code timeout}; it and its children are killed
     */
    static Run run(Map<String, String> environment, Path log, Duration timeout, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("samples/pipeline.sh").toString()));
        command.addAll(List.of(arguments));
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("pipeline.sh " + String.join(" ", arguments) + " did not end within " + timeout
                    + "; see " + log);
        }
        return new Run(process.exitValue(), Files.readString(log), log);
    }

    /** How a run ended and what it printed. */
    record Run(int exitCode, String output, Path log) {
        /** The exit code and the end of the output, for an assertion's message. */
        String describe() {
            List<String> lines = output.lines().toList();
            return "pipeline.sh exited " + exitCode + "; full output in " + log + "; its end:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }
}
