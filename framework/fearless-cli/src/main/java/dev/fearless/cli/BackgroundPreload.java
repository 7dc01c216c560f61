package dev.fearless.cli;

import dev.fearless.engine.internal.Preload;

/**
 * Loads the engine's classes for the first test JVM's start ({@link Preload}) on a second thread while picocli parses
 * the command line on the main one: at that moment the machine's other core has nothing to do, and every
 * millisecond before the first test JVM starts is a millisecond the pipeline waits.
 *
 * <p>Each command {@linkplain #await() waits} for it before it touches an engine or a reports class, so no Fearless
 * or library class is ever initialized by both threads at once (two threads initializing classes that refer to each
 * other could deadlock). Until then the main thread uses only picocli, this package and the JDK; picocli's reflection
 * loads the engine types of the commands' fields without initializing them. Preloading the reports' classes here
 * too was measured and dropped: it made the main thread wait longer than it saved after the tests.
 */
final class BackgroundPreload {

    private static Thread thread;

    private BackgroundPreload() {
    }

    /** Starts the preload; called first thing in {@code main} for the {@code gate} command. Later calls do nothing. */
    static synchronized void start() {
        if (thread == null) {
            thread = new Thread(Preload::run, "fearless-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Waits until the preload is done; returns at once when it never started (tests, embedding). */
    static void await() {
        Thread started;
        synchronized (BackgroundPreload.class) {
            started = thread;
        }
        if (started == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                started.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
