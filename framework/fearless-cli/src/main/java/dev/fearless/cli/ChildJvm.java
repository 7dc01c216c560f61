package dev.fearless.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link Launcher}'s child JVM, from its start to its exit code: on this process's standard streams, stopped when
 * this JVM is, and told apart from a JVM that never started, whose exit code (1) is not the gate's.
 */
final class ChildJvm {

    /** Set on the child to a file it deletes first thing, which tells the launcher that the child's JVM started. */
    static final String STARTED_PROPERTY = "fearless.launcher.started";

    /** The exit code of a JVM that a TERM ends, as a shell reports it: 128 + 15. */
    private static final int TERMINATED_EXIT_CODE = 143;

    private ChildJvm() {
    }

    /**
     * Runs {@code command}, a JVM that runs the {@link Launcher}, with the {@link #STARTED_PROPERTY} added, and returns
     * its exit code, or empty when it ended before its {@code main} began: its JVM could not start.
     */
    static OptionalInt run(List<String> command) {
        Path started;
        try {
            // Named by this process's id, which no other live process has: Files.createTempFile's random name would
            // set up SecureRandom, 15 to 30 ms before the child can start.
            started = Files.createFile(Path.of(System.getProperty("java.io.tmpdir"),
                    "fearless-launcher-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".started"));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        List<String> withStarted = new ArrayList<>(command);
        withStarted.add(1, "-D" + STARTED_PROPERTY + "=" + started);
        // The hook exists before the child does: a TERM that comes while it starts must still end it.
        AtomicReference<Process> child = new AtomicReference<>();
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child.get()), "fearless-launcher-stop"));
        } catch (IllegalStateException shuttingDown) {
            deleteQuietly(started);
            return OptionalInt.of(TERMINATED_EXIT_CODE);
        }
        try {
            child.set(new ProcessBuilder(withStarted).inheritIO().start());
        } catch (IOException | RuntimeException e) {
            deleteQuietly(started);
            return OptionalInt.empty();
        }
        int exitCode = awaitExit(child.get());
        if (Files.exists(started)) {
            deleteQuietly(started);
            System.err.println("fearless: the gate's second JVM did not start (exit code " + exitCode + ", see"
                    + " above); running the gate in this one");
            return OptionalInt.empty();
        }
        return OptionalInt.of(exitCode);
    }

    /** Deletes the file that tells the launcher this JVM started; called first thing in the child. */
    static void confirmStarted(String file) {
        if (file != null) {
            deleteQuietly(Path.of(file));
        }
    }

    private static int awaitExit(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nothing interrupts this thread on purpose: the child's end is all this JVM waits for.
            }
        }
    }

    private static void stop(Process child) {
        if (child == null || !child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }

    /** Deletes a file of the launcher's own, if it can: a temporary file, or one of {@link ChildClassArchive}'s. */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            // The system's cleaning takes a temporary file, and the archive's next prune its own files.
        }
    }
}
