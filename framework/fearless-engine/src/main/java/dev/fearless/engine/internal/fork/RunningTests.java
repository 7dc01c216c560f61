package dev.fearless.engine.internal.fork;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The tests a fork is running now and since when, for the watchdog. Written by the reader, read by the watchdog. */
final class RunningTests {

    record Running(String name, long sinceNanos) {
    }

    private final Map<Integer, Running> running = new ConcurrentHashMap<>();

    void started(int id, String name) {
        running.put(id, new Running(name, System.nanoTime()));
    }

    void finished(int id) {
        running.remove(id);
    }

    /** The test that has run the longest, if any runs. */
    Optional<Running> longest() {
        return running.values().stream().min((a, b) -> Long.compare(a.sinceNanos(), b.sinceNanos()));
    }
}
