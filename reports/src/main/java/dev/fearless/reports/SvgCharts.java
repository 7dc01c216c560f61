package dev.fearless.reports;

import java.util.List;
import java.util.Locale;

import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;

/** The HTML report's two inline SVG bar charts: tests by outcome per step, and each step's duration. */
final class SvgCharts {

    private static final int LABEL_WIDTH = 90;
    private static final int BAR_WIDTH = 480;
    private static final int VALUE_WIDTH = 330;
    private static final int ROW = 26;
    private static final String PASSED = "#1a7f37";
    private static final String FAILED = "#cf222e";
    private static final String SKIPPED = "#bf8700";

    private SvgCharts() {
    }

    /** One stacked bar per step: passed, failed or aborted, skipped; bars scaled to the largest step. */
    static String testBars(List<StepResult> steps) {
        long max = steps.stream().filter(s -> s.tests() != null).mapToLong(s -> ReportValues.ended(s.tests()))
                .max().orElse(0);
        StringBuilder svg = open("tests", steps.size(), "Passed, failed and skipped tests per step");
        int y = 0;
        for (StepResult step : steps) {
            label(svg, step.name(), y);
            TestCounts tests = step.tests();
            if (tests == null || max == 0) {
                value(svg, LABEL_WIDTH, y, tests == null ? "no tests" : "0 tests");
            } else {
                double x = LABEL_WIDTH;
                x = bar(svg, x, y, width(tests.passed(), max), PASSED, tests.passed() + " passed");
                x = bar(svg, x, y, width(tests.failed() + tests.aborted(), max), FAILED,
                        (tests.failed() + tests.aborted()) + " failed or aborted");
                bar(svg, x, y, width(tests.skipped(), max), SKIPPED, tests.skipped() + " skipped");
                value(svg, LABEL_WIDTH + BAR_WIDTH + 8, y, tests.passed() + " passed, "
                        + (tests.failed() + tests.aborted()) + " failed, " + tests.skipped() + " skipped");
            }
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    /** One bar per step, its length the step's duration, scaled to the longest step. */
    static String durationBars(List<StepResult> steps) {
        long max = steps.stream().mapToLong(StepResult::durationMs).max().orElse(0);
        StringBuilder svg = open("durations", steps.size(), "Duration of each step");
        int y = 0;
        for (StepResult step : steps) {
            label(svg, step.name(), y);
            String seconds = ReportValues.seconds(step.durationMs());
            double width = max == 0 ? 0 : width(step.durationMs(), max);
            bar(svg, LABEL_WIDTH, y, width, "#0969da", seconds);
            value(svg, LABEL_WIDTH + width + 6, y, seconds);
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String id, int rows, String title) {
        int height = Math.max(1, rows) * ROW;
        return new StringBuilder(512).append("<svg id=\"chart-").append(id)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH).append(' ').append(height)
                .append("\"><title>").append(title).append("</title>\n");
    }

    private static void label(StringBuilder svg, String name, int y) {
        svg.append("<text x=\"0\" y=\"").append(y + 17).append("\">").append(HtmlReport.esc(name))
                .append("</text>\n");
    }

    private static void value(StringBuilder svg, double x, int y, String text) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(y + 17).append("\">")
                .append(HtmlReport.esc(text)).append("</text>\n");
    }

    private static double bar(StringBuilder svg, double x, int y, double width, String colour, String title) {
        if (width > 0) {
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(number(width)).append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(colour)
                    .append("\"><title>").append(HtmlReport.esc(title)).append("</title></rect>\n");
        }
        return x + width;
    }

    private static double width(long value, long max) {
        // A non-zero count stays visible however small next to the largest.
        return value == 0 ? 0 : Math.max(2.0, (double) BAR_WIDTH * value / max);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
