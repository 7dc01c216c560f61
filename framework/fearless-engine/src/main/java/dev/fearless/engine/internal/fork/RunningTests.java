package dev.fearless.engine.internal.fork;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What a fork is running now and since when, for the watchdog: the tests that run, and the containers (classes,
 * factories) that have started and not ended. Written by the reader, read by the watchdog.
 */
final class RunningTests {

    /**
     * A test or container that runs.
     *
     * @param name            {@code Class.test()} for a test, the container's name for a container
     * @param classNameLength how many of the name's first characters are the test's class ({@code 0}: none)
     * @param sinceNanos      when it started, or when a container's own code resumed
     */
    record Running(String name, int classNameLength, long sinceNanos) {

        /** The test's class, or empty when it has none (or the name was cut short before its end). */
        String className() {
            return hasClass() ? name.substring(0, classNameLength) : "";
        }

        /** The test's name within its class: its legacy reporting name. */
        String testName() {
            return hasClass() ? name.substring(classNameLength + 1) : name;
        }

        private boolean hasClass() {
            return classNameLength > 0 && classNameLength < name.length() && name.charAt(classNameLength) == '.';
        }
    }

    /** By id, which grows with the order of starts. */
    private final Map<Integer, Running> tests = new ConcurrentSkipListMap<>();
    /** By id, which grows with the order of starts: the last entry is the innermost container that runs. */
    private final ConcurrentSkipListMap<Integer, String> containers = new ConcurrentSkipListMap<>();
    private volatile long lastChangeNanos = System.nanoTime();

    void started(int id, String name, int classNameLength) {
        long now = System.nanoTime();
        tests.put(id, new Running(name, classNameLength, now));
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
        return Optional.of(new Running(innermost.getValue(), 0, lastChangeNanos));
    }

    /** The tests that started and did not end, in the order they started. */
    List<Running> unfinished() {
        return List.copyOf(tests.values());
    }
}
