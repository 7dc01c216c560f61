package dev.fearless.reports.console;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.fearless.engine.Decision;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.Verdict;
import dev.fearless.reports.VisibleText;

/**
 * The closing table of a gate run: a row per step, its rules under it, then the gate's decision and reason.
 *
 * <pre>
 * step    decision  tests        duration
 * static  GO        -               1.2 s
 *   ok    maxFindings.error  threshold 0       actual 0
 * unit    STOP      20000/20000    14.2 s
 *   FAIL  coverage.line      threshold 0.8500  actual 0.5000
 *
 * Fearless gate predeploy: STOP — step unit: coverage.line is 0.5000, but expected minimum is 0.8500
 * </pre>
 *
 * <p>Every text that came from the tests or the configuration goes through {@link VisibleText}: only this class's
 * own colours reach the terminal as escape sequences.
 */
final class VerdictTable {

    /** Failures listed under a step; the verdict keeps more. */
    static final int FAILURES_SHOWN = 5;

    private static final String GREEN = "\u001B[32m";
    private static final String RED = "\u001B[31m";
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final boolean ansi;

    VerdictTable(boolean ansi) {
        this.ansi = ansi;
    }

    void print(Verdict verdict, PrintStream out) {
        out.println();
        if (!verdict.steps().isEmpty()) {
            printSteps(verdict.steps(), out);
            out.println();
        }
        if (verdict.target() != null) {
            out.println("Target: " + VisibleText.of(verdict.target().baseUrl()) + " ("
                    + VisibleText.of(verdict.target().source()) + ")");
        }
        out.println(closingLine(verdict));
    }

    String closingLine(Verdict verdict) {
        String reason = verdict.reason() == null || verdict.reason().isBlank() ? ""
                : " — " + VisibleText.of(verdict.reason());
        return "Fearless gate " + VisibleText.of(verdict.gate()) + ": " + colour(verdict.decision(), verdict.decision().name(), true)
                + reason;
    }

    private void printSteps(List<StepResult> steps, PrintStream out) {
        int nameWidth = "step".length();
        int testsWidth = "tests".length();
        int ruleWidth = 0;
        int thresholdWidth = 0;
        for (StepResult step : steps) {
            nameWidth = Math.max(nameWidth, VisibleText.of(step.name()).length());
            testsWidth = Math.max(testsWidth, tests(step).length());
            for (RuleResult rule : step.rules()) {
                ruleWidth = Math.max(ruleWidth, VisibleText.of(rule.rule()).length());
                thresholdWidth = Math.max(thresholdWidth, value(rule, rule.threshold()).length());
            }
        }
        int decisionWidth = "decision".length();
        String stepRow = "%-" + nameWidth + "s  %s  %-" + testsWidth + "s  %8s";
        out.println(String.format(Locale.ROOT, stepRow, "step", pad("decision", decisionWidth), "tests", "duration"));
        for (StepResult step : steps) {
            String decision = colour(step.decision(), pad(step.decision().name(), decisionWidth), false);
            String duration = step.decision() == Decision.SKIPPED ? "-" : ConsoleReporter.seconds(step.durationMs());
            out.println(String.format(Locale.ROOT, stepRow, VisibleText.of(step.name()), decision, tests(step),
                    duration));
            for (RuleResult rule : step.rules()) {
                out.println("  " + mark(rule.ok()) + "  " + pad(VisibleText.of(rule.rule()), ruleWidth)
                        + "  threshold " + pad(value(rule, rule.threshold()), thresholdWidth)
                        + "  actual " + value(rule, rule.actual()));
            }
            printFailures(step, out);
        }
    }

    private void printFailures(StepResult step, PrintStream out) {
        List<TestFailure> shown = step.failures().subList(0, Math.min(FAILURES_SHOWN, step.failures().size()));
        for (TestFailure failure : shown) {
            String message = failure.message() == null ? "" : ": " + VisibleText.of(failure.message());
            out.println("        " + failure.status() + " " + VisibleText.of(failure.test()) + message);
        }
        // The verdict keeps only the first failures; the counts know how many there were.
        long total = step.tests() == null ? 0 : step.tests().failed() + step.tests().aborted();
        long more = Math.max(total, step.failures().size()) - shown.size();
        if (!shown.isEmpty() && more > 0) {
            out.println("        ... and " + more + " more");
        }
    }

    private static String tests(StepResult step) {
        return step.tests() == null ? "-" : step.tests().passed() + "/" + step.tests().found();
    }

    private String mark(boolean ok) {
        if (!ansi) {
            return ok ? "ok  " : "FAIL";
        }
        return (ok ? GREEN + "✔" : RED + "✘") + RESET + "   ";
    }

    private String colour(Decision decision, String text, boolean bold) {
        if (!ansi) {
            return text;
        }
        String colour = switch (decision) {
            case GO -> GREEN;
            case STOP, ERROR -> RED;
            case SKIPPED -> "";
        };
        return (bold ? BOLD : "") + colour + text + RESET;
    }

    /** The time rules carry milliseconds: shown as durations, {@code 5m} or {@code 3.8 s}. */
    private static String value(RuleResult rule, Object value) {
        boolean timeRule = rule.rule().equals("testTimeout") || rule.rule().equals("maxDuration");
        if (timeRule && (value instanceof Long || value instanceof Integer)) {
            long ms = ((Number) value).longValue();
            if (ms >= 60_000 && ms % 60_000 == 0) {
                return ms / 60_000 + "m";
            }
            return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return value(value);
    }

    /** A rule's threshold or actual value as people read it: ratios with the four decimals of rule messages. */
    static String value(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double || value instanceof Float) {
            return String.format(Locale.ROOT, "%.4f", ((Number) value).doubleValue());
        }
        if (value instanceof Duration duration) {
            return duration.toString().substring(2).toLowerCase(Locale.ROOT);
        }
        return value.toString();
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }
}
