package dev.fearless.engine.internal.fork;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.fearless.engine.internal.Durations;
import dev.fearless.engine.internal.fork.ForkOutcome.Kind;
import dev.fearless.fork.ForkProtocol;

/**
 * Kills a fork whose test runs longer than the test timeout, or which runs longer than the step's maximum
 * duration. It decides the outcome before it kills, so the reader that sees the stream end knows why.
 */
final class Watchdog implements AutoCloseable {

    private static final long CHECK_INTERVAL_MS = 50;

    private final Process process;
    private final ForkSpec spec;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile RunningTests running;
    private volatile ForkOutcome outcome;

    private Watchdog(Process process, ForkSpec spec) {
        this.process = process;
        this.spec = spec;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fearless-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    static Watchdog start(Process process, ForkSpec spec) {
        Watchdog watchdog = new Watchdog(process, spec);
        watchdog.timer.scheduleWithFixedDelay(watchdog::check, CHECK_INTERVAL_MS, CHECK_INTERVAL_MS,
                TimeUnit.MILLISECONDS);
        return watchdog;
    }

    void watch(RunningTests tests) {
        this.running = tests;
    }

    /** Why the watchdog killed the fork, or {@code null} while it has not. */
    ForkOutcome outcome() {
        return outcome;
    }

    private void check() {
        try {
            enforceLimits();
        } catch (RuntimeException e) {
            // A watchdog that stopped checking would let a hanging fork run for ever: end the fork instead.
            kill(new ForkOutcome(Kind.CRASHED, -1, null, "the gate's watchdog failed (" + e
                    + "); the test JVM and every process it started were killed so that no limit goes unchecked"));
        }
    }

    private void enforceLimits() {
        if (outcome != null || !process.isAlive()) {
            return;
        }
        long now = System.nanoTime();
        RunningTests tests = running;
        Optional<RunningTests.Running> longest = tests == null ? Optional.empty() : tests.longest();
        Optional<RunningTests.Running> outside = tests == null ? Optional.empty() : tests.outsideTests();
        long testTimeout = nanos(spec.testTimeout());
        if (longest.isPresent() && now - longest.get().sinceNanos() > testTimeout) {
            String test = longest.get().name();
            kill(new ForkOutcome(Kind.TEST_TIMED_OUT, -1, test, test + " ran longer than the test timeout of "
                    + Durations.format(spec.testTimeout()) + "; the test JVM and every process it started were killed",
                    millis(now - longest.get().sinceNanos())));
        } else if (outside.isPresent() && now - outside.get().sinceNanos() > testTimeout) {
            String container = outside.get().name();
            kill(new ForkOutcome(Kind.TEST_TIMED_OUT, -1, container + ForkProtocol.OUTSIDE_TESTS, container
                    + " ran longer than the test timeout of " + Durations.format(spec.testTimeout())
                    + " outside its tests (a static initializer, @BeforeAll, @AfterAll or a @TestFactory making its"
                    + " tests); the test JVM and every process it started were killed",
                    millis(now - outside.get().sinceNanos())));
        } else if (now - startNanos > nanos(spec.maxDuration())) {
            String test = longest.map(RunningTests.Running::name)
                    .or(() -> outside.map(container -> container.name() + ForkProtocol.OUTSIDE_TESTS)).orElse(null);
            kill(new ForkOutcome(Kind.STEP_TIMED_OUT, -1, test, "the step ran longer than its maxDuration of "
                    + Durations.format(spec.maxDuration()) + (test == null ? "" : " while running " + test)
                    + "; the test JVM and every process it started were killed", millis(now - startNanos)));
        }
    }

    /**
     * A limit in nanoseconds; one too long for a {@code long} (about 292 years) never runs out. The configuration
     * allows 7 days at most, but the engine's API takes any duration, and an overflow here once stopped the watch.
     */
    static long nanos(java.time.Duration limit) {
        try {
            return limit.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private void kill(ForkOutcome why) {
        outcome = why;
        ProcessTree.kill(process);
    }

    /** Stops watching; a kill under way is finished first, so no process of the fork outlives the step. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
