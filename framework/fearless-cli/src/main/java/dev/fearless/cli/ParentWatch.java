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

    /** Watches, on a daemon thread, that this process's parent is still {@code pid} (as the launcher passed it). */
    static void start(String pid) {
        long parent;
        try {
            parent = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return; // not set by the launcher: there is no parent to watch
        }
        Thread watch = new Thread(() -> watch(parent), "fearless-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void watch(long parent) {
        // By this process's parent id, not the launcher's liveness: a killed launcher nobody has reaped yet still
        // looks alive, but its children are handed to another parent at once.
        while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == parent) {
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
