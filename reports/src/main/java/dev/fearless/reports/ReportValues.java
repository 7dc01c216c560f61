package dev.fearless.reports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;

/** How the human-readable reports show numbers, the same way in Markdown and HTML. */
final class ReportValues {

    private ReportValues() {
    }

    /** A rule's threshold or actual: ratios with the four decimals of rule messages, durations as {@code 5m}. */
    static String value(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double || value instanceof Float) {
            return ratio(((Number) value).doubleValue());
        }
        if (value instanceof Duration duration) {
            return duration.toString().substring(2).toLowerCase(Locale.ROOT);
        }
        return value.toString();
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.4f", ratio);
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** {@code line 0.5000, branch 0.4100}, or {@code -} when the step measured no coverage. */
    static String coverage(CoverageRatios coverage) {
        if (coverage == null) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        if (coverage.line() != null) {
            parts.add("line " + ratio(coverage.line()));
        }
        if (coverage.branch() != null) {
            parts.add("branch " + ratio(coverage.branch()));
        }
        if (coverage.instruction() != null) {
            parts.add("instruction " + ratio(coverage.instruction()));
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    /**
     * A step's coverage as {@link #coverage(CoverageRatios)} writes it, followed by the classes it left out:
     * {@code line 0.9100, excluding *.Jdbc*Repository}.
     */
    static String coverage(StepResult step) {
        String ratios = coverage(step.coverage());
        return step.coverage() == null || step.coverageExclude().isEmpty() ? ratios
                : ratios + ", excluding " + String.join(", ", step.coverageExclude());
    }

    /** Tests that ended, whatever the way. */
    static long ended(TestCounts tests) {
        return tests.passed() + tests.failed() + tests.aborted() + tests.skipped();
    }

    /** How many failed or aborted tests a step had, at least as many as the verdict kept. */
    static long failedOrAborted(StepResult step) {
        long counted = step.tests() == null ? 0 : step.tests().failed() + step.tests().aborted();
        return Math.max(counted, step.failures().size());
    }

    /** The first line of {@code text}, or {@code ""}. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
