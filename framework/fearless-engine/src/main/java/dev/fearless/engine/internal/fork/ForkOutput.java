package dev.fearless.engine.internal.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A line of what a fork printed, for a one-line reason. */
final class ForkOutput {

    private ForkOutput() {
    }

    /**
     * The first line the fork printed: a JVM that fails to start says why first ("Unrecognized VM option ...",
     * "Could not find or load main class ...") and only then that it is exiting.
     */
    static String firstLine(Path output) {
        try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
            return "it printed nothing";
        } catch (IOException e) {
            return "its output could not be read";
        }
    }
}
