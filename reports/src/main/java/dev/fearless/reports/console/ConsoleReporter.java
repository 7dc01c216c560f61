package dev.fearless.reports.console;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.apiguardian.api.API;

import dev.fearless.engine.Decision;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.reports.VisibleText;

/**
 * Shows a gate run on a console: a live progress line per step, then a closing table of every step and rule and the
 * gate's decision in one line.
 *
 * <p>On a terminal ({@code ansi = true}) the progress line is rewritten in place at most every 100 ms and the table
 * is coloured; otherwise (a CI log) a progress line is printed at most every 5 s, and a final line per step:
 *
 * <pre>
 * [unit] 20000/20000 tests, 2 failed, 14.2 s
 * ...
 * Fearless gate predeploy: STOP — step unit: coverage.line is 0.5000, but expected minimum is 0.8500
 * </pre>
 *
 * <pre>{@code
 * new GateEngine().run(request, new ConsoleReporter(System.out, ConsoleReporter.isTerminal()));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ConsoleReporter implements GateListener {

    static final long TERMINAL_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final long LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);

    private static final String ERASE_TO_END_OF_LINE = "\u001B[K";

    private final PrintStream out;
    private final boolean ansi;
    private final LongSupplier nanoClock;
    private final long interval;

    private String step;
    private long found;
    private long finished;
    private long failed;
    private long aborted;
    private long lastPrintNanos;
    /** Whether a rewritable progress line is on the terminal, not yet ended by a newline. */
    private boolean lineOpen;

    /**
     * @param out  where to print
     * @param ansi whether {@code out} is a terminal that understands {@code \r} and ANSI colours (see
     *             {@link #isTerminal()})
     */
    public ConsoleReporter(PrintStream out, boolean ansi) {
        this(out, ansi, System::nanoTime);
    }

    ConsoleReporter(PrintStream out, boolean ansi, LongSupplier nanoClock) {
        this.out = out;
        this.ansi = ansi;
        this.nanoClock = nanoClock;
        this.interval = ansi ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS;
    }

    /**
     * Whether this JVM's standard output is an interactive terminal that can rewrite a line: a console is attached
     * and {@code TERM} is not {@code dumb}.
     */
    public static boolean isTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void stepStarted(StepDefinition definition) {
        // Names come from fearless.yml: shown, never acted on by the terminal.
        step = VisibleText.of(definition.name());
        found = 0;
        finished = 0;
        failed = 0;
        aborted = 0;
        lastPrintNanos = nanoClock.getAsLong();
        if (ansi) {
            printProgress(definition.isStatic() ? "[static] analysing" : progressText());
        }
    }

    @Override
    public void testsFound(StepDefinition definition, long count) {
        found = count;
        if (ansi) {
            lastPrintNanos = nanoClock.getAsLong();
            printProgress(progressText());
        }
    }

    @Override
    public void testFinished(StepDefinition definition, TestResult result) {
        // Called once per test, up to 100,000 times a step: count, and read the clock (a cheap vDSO call) rather
        // than only every N tests, so that slow tests still move the line.
        finished++;
        if (result.status() == TestStatus.FAILED) {
            failed++;
        } else if (result.status() == TestStatus.ABORTED) {
            aborted++;
        }
        long now = nanoClock.getAsLong();
        if (now - lastPrintNanos >= interval) {
            lastPrintNanos = now;
            printProgress(progressText());
        }
    }

    @Override
    public void stepFinished(StepDefinition definition, StepResult result) {
        String line = "[" + VisibleText.of(result.name()) + "] " + summary(result);
        if (ansi) {
            out.print("\r" + line + ERASE_TO_END_OF_LINE + "\n");
        } else {
            out.println(line);
        }
        lineOpen = false;
        out.flush();
    }

    @Override
    public void gateFinished(Verdict verdict) {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
        new VerdictTable(ansi).print(verdict, out);
        out.flush();
    }

    private void printProgress(String line) {
        if (ansi) {
            out.print("\r" + line + ERASE_TO_END_OF_LINE);
            lineOpen = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    private String progressText() {
        return "[" + step + "] " + counts(finished, Math.max(found, finished), failed, aborted, 0);
    }

    private String summary(StepResult result) {
        return result.decision() == Decision.SKIPPED ? "skipped"
                : measured(result) + ", " + seconds(result.durationMs());
    }

    private String measured(StepResult result) {
        TestCounts tests = result.tests();
        if (tests != null) {
            long ended = tests.passed() + tests.failed() + tests.aborted() + tests.skipped();
            return counts(ended, Math.max(tests.found(), ended), tests.failed(), tests.aborted(), tests.skipped());
        }
        if (result.findings() != null) {
            var findings = result.findings();
            return String.format(Locale.ROOT, "findings: %d error, %d critical, %d major, %d minor, %d info",
                    findings.error(), findings.critical(), findings.major(), findings.minor(), findings.info());
        }
        if (VisibleText.of(result.name()).equals(step) && finished > 0) {
            return counts(finished, Math.max(found, finished), failed, aborted, 0) + ", " + result.decision();
        }
        return result.decision().name();
    }

    private static String counts(long ended, long total, long failed, long aborted, long skipped) {
        StringBuilder text = new StringBuilder();
        text.append(total > 0 ? ended + "/" + total : String.valueOf(ended)).append(" tests, ")
                .append(failed).append(" failed");
        if (aborted > 0) {
            text.append(", ").append(aborted).append(" aborted");
        }
        if (skipped > 0) {
            text.append(", ").append(skipped).append(" skipped");
        }
        return text.toString();
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
