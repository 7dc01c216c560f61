package dev.fearless.reports;

import dev.fearless.engine.Decision;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.Verdict;

/**
 * {@code summary.md}: the verdict as GitHub-flavoured Markdown, short enough for a pull request comment or a job
 * summary ({@code GITHUB_STEP_SUMMARY}). The decision is a plain bold word, **GO** or **STOP**, so it reads the
 * same in every renderer and in a terminal. Test names and messages are escaped: they come from the tests.
 */
final class MarkdownSummary {

    static final String FILE_NAME = "summary.md";
    /** Failures listed per step; the verdict keeps more, the HTML report more still. */
    static final int FAILURES_PER_STEP = 10;

    private MarkdownSummary() {
    }

    static String of(Verdict verdict) {
        StringBuilder md = new StringBuilder(4096);
        md.append("## Fearless gate ").append(text(verdict.gate())).append(": **").append(verdict.decision())
                .append("**\n\n");
        md.append(text(verdict.reason())).append("\n\n");
        md.append("Duration ").append(ReportValues.seconds(verdict.durationMs())).append(", exit code ")
                .append(verdict.exitCode()).append(".\n\n");
        if (verdict.target() != null) {
            md.append("Target ").append(text(verdict.target().baseUrl())).append(" (").append(text(verdict.target().source()))
                    .append(").\n\n");
        }
        if (verdict.steps().isEmpty()) {
            return md.toString();
        }
        md.append("| step | decision | tests passed/found | failed | skipped | duration | coverage |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (StepResult step : verdict.steps()) {
            TestCounts tests = step.tests();
            md.append("| ").append(text(step.name()))
                    .append(" | ").append(decision(step.decision()))
                    .append(" | ").append(tests == null ? "-" : tests.passed() + "/" + Math.max(tests.found(),
                            ReportValues.ended(tests)))
                    .append(" | ").append(tests == null ? "-" : failed(tests))
                    .append(" | ").append(tests == null ? "-" : String.valueOf(tests.skipped()))
                    .append(" | ").append(step.decision() == Decision.SKIPPED ? "-"
                            : ReportValues.seconds(step.durationMs()))
                    .append(" | ").append(text(ReportValues.coverage(step)))
                    .append(" |\n");
        }
        rules(verdict, md);
        failures(verdict, md);
        return md.toString();
    }

    private static void rules(Verdict verdict, StringBuilder md) {
        if (verdict.steps().stream().allMatch(step -> step.rules().isEmpty())) {
            return;
        }
        md.append("\n### Rules\n\n| step | rule | threshold | actual | result | message |\n");
        md.append("| --- | --- | ---: | ---: | --- | --- |\n");
        for (StepResult step : verdict.steps()) {
            for (RuleResult rule : step.rules()) {
                md.append("| ").append(text(step.name()))
                        .append(" | ").append(text(rule.rule()))
                        .append(" | ").append(text(ReportValues.value(rule.threshold())))
                        .append(" | ").append(text(ReportValues.value(rule.actual())))
                        .append(" | ").append(rule.ok() ? "ok" : "**FAIL**")
                        .append(" | ").append(text(rule.message()))
                        .append(" |\n");
            }
        }
    }

    private static void failures(Verdict verdict, StringBuilder md) {
        if (verdict.steps().stream().allMatch(step -> step.failures().isEmpty())) {
            return;
        }
        md.append("\n### First failures\n");
        for (StepResult step : verdict.steps()) {
            if (step.failures().isEmpty()) {
                continue;
            }
            long total = ReportValues.failedOrAborted(step);
            int shown = Math.min(FAILURES_PER_STEP, step.failures().size());
            md.append("\n**").append(text(step.name())).append("** (").append(shown).append(" of ").append(total)
                    .append(")\n\n");
            for (TestFailure failure : step.failures().subList(0, shown)) {
                String message = ReportValues.firstLine(failure.message());
                md.append("- ").append(failure.status()).append(' ').append(text(failure.test()))
                        .append(message.isEmpty() ? "" : ": " + text(message)).append('\n');
            }
        }
    }

    private static String failed(TestCounts tests) {
        return tests.failed() + (tests.aborted() > 0 ? " (+" + tests.aborted() + " aborted)" : "");
    }

    private static String decision(Decision decision) {
        return decision == Decision.GO || decision == Decision.SKIPPED ? decision.name()
                : "**" + decision.name() + "**";
    }

    /**
     * Untrusted text as one line of inert Markdown: HTML is escaped, Markdown's punctuation is backslash-escaped
     * (so a test name cannot open a link, a table cell or an emphasis), line breaks become spaces, other control
     * characters show as {@code \u001b} (see {@link VisibleText}).
     */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r', '\t' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~', '(', ')', '{', '}' ->
                        out.append('\\').append(c);
                // The backslash of \u001b escaped, so Markdown shows it as written.
                default -> out.append(VisibleText.isHidden(c) ? "\\" + VisibleText.escape(c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
