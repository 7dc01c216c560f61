package dev.fearless.engine.internal.fork;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process and everything it started, so no orphan outlives a step. */
final class ProcessTree {

    private static final Duration WAIT_AFTER_KILL = Duration.ofSeconds(10);

    private ProcessTree() {
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
