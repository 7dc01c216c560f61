package dev.fearless.engine.internal.fork;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Copies what a fork prints to its output file line by line through a filter, so secrets a test prints never reach
 * the disk. Used only when there is something to mask; otherwise the output goes straight to the file.
 */
final class OutputPump {

    private final Thread thread;

    private OutputPump(Thread thread) {
        this.thread = thread;
    }

    static OutputPump start(InputStream output, Path file, UnaryOperator<String> filter) {
        Thread thread = new Thread(() -> copy(output, file, filter), "fearless-output-pump");
        thread.setDaemon(true);
        thread.start();
        return new OutputPump(thread);
    }

    /** Waits until everything the fork printed is in the file (the fork has ended, so its output ends too). */
    void await() {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copy(InputStream output, Path file, UnaryOperator<String> filter) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
                BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                writer.write(filter.apply(line));
                writer.newLine();
            }
        } catch (IOException e) {
            // The fork is gone or the file cannot be written: the run's outcome does not depend on its output.
        }
    }
}
