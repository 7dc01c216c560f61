package dev.fearless.engine.internal.fork;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process and everything it started, so no orphan outlives a step. */
final class ProcessTree {

    private static final Duration WAIT_AFTER_KILL = Duration.ofSeconds(10);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private ProcessTree() {
    }

    /**
     * Stops processes a fork left behind: asks each to end (SIGTERM), so it can clean up, and kills those that have
     * not ended within {@link #GRACE}.
     */
    static void stop(List<ProcessHandle> processes) {
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle process : alive) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }

    static void kill(Process process) {
        // Collect the descendants before the parent dies: once it is gone they are re-parented and lost to us.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(WAIT_AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
            for (ProcessHandle child : descendants) {
                child.onExit().get(WAIT_AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // A child that will not die within the wait is reported by the operating system, not by us.
        }
    }
}
