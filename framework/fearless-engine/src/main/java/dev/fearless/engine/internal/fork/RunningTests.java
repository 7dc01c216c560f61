package dev.fearless.engine.internal.fork;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What a fork is running now and since when, for the watchdog: the tests that run, and the containers (classes,
 * factories) that have started and not ended. Written by the reader, read by the watchdog.
 */
final class RunningTests {

    record Running(String name, long sinceNanos) {
    }

    private final Map<Integer, Running> tests = new ConcurrentHashMap<>();
    /** By id, which grows with the order of starts: the last entry is the innermost container that runs. */
    private final ConcurrentSkipListMap<Integer, String> containers = new ConcurrentSkipListMap<>();
    private volatile long lastChangeNanos = System.nanoTime();

    void started(int id, String name) {
        long now = System.nanoTime();
        tests.put(id, new Running(name, now));
        lastChangeNanos = now;
    }

    void finished(int id) {
        tests.remove(id);
        lastChangeNanos = System.nanoTime();
    }

    void containerStarted(int id, String name) {
        containers.put(id, name);
        lastChangeNanos = System.nanoTime();
    }

    void containerFinished(int id) {
        containers.remove(id);
        lastChangeNanos = System.nanoTime();
    }

    /** The test that has run the longest, if any runs. */
    Optional<Running> longest() {
        return tests.values().stream().min((a, b) -> Long.compare(a.sinceNanos(), b.sinceNanos()));
    }

    /**
     * The innermost container, when no test runs but a container does: its own code (a static initializer,
     * {@code @BeforeAll}, {@code @AfterAll}, a {@code @TestFactory}) has been running since the last start or end
     * of anything. Empty while a test runs, so tests of other classes running in parallel never make a container
     * look idle.
     */
    Optional<Running> outsideTests() {
        if (!tests.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Integer, String> innermost = containers.lastEntry();
        if (innermost == null) {
            return Optional.empty();
        }
        return Optional.of(new Running(innermost.getValue(), lastChangeNanos));
    }
}
