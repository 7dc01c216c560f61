package dev.fearless.cli;

import dev.fearless.engine.ExitCode;

/**
 * Ends the gate's child JVM when the {@link Launcher} that started it is gone. Killed with {@code SIGKILL}, the launcher
 * had no chance to stop the child, which would otherwise run the tests on for nobody; the test JVM, in turn, ends
 * when this one does.
 */
final class ParentWatch {

    /** How often the parent is looked at: a timer, not a wait for something this process could be told of. */
    static final long INTERVAL_MS = 500;

    private ParentWatch() {
    }

    /** Watches the process {@code pid} (a number, as the launcher passed it) on a daemon thread. */
    static void start(String pid) {
        ProcessHandle parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(pid)).orElse(null);
        } catch (NumberFormatException e) {
            return; // not set by the launcher: there is no parent to watch
        }
        Thread watch = new Thread(() -> watch(parent), "fearless-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void watch(ProcessHandle parent) {
        // isAlive also compares the start time, so a new process that reused the pid is not taken for the parent.
        while (parent != null && parent.isAlive()) {
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
        System.err.println("fearless: the JVM that started this gate has ended; stopping the gate");
        System.exit(ExitCode.NOT_RUN);
    }
}
