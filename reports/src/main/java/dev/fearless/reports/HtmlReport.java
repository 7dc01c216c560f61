package dev.fearless.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.PackageCoverage;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.Verdict;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no font, no image, no request of any
 * kind, enforced by its own Content-Security-Policy) with the decision, the reason, the steps, every rule, the
 * coverage and durations per step, two bar charts and the first {@value FailureSamples#MAX_KEPT} failures with their
 * stack traces in collapsible {@code <details>}.
 *
 * <p>Every text from the verdict or the tests is HTML-escaped: test names and messages are untrusted. Coverage by
 * package comes from {@link dev.fearless.engine.GateListener#coverageMeasured}, under each step's totals.
 */
final class HtmlReport {

    static final String FILE_NAME = "report.html";

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;\
            background:#f6f8fa}
            main{max-width:1100px;margin:0 auto;padding:24px}
            header.decision{padding:20px 24px;border-radius:8px;color:#fff;margin-bottom:16px}
            header.go{background:#1a7f37}header.stop{background:#cf222e}header.error{background:#8250df}
            header h1{margin:0;font-size:44px;letter-spacing:.04em}header p{margin:6px 0 0;font-size:16px}
            section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin-bottom:16px}
            h2{font-size:18px;margin:4px 0 10px}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;\
            border-bottom:1px solid #d0d7de;vertical-align:top}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .GO{color:#1a7f37;font-weight:600}.STOP,.ERROR,.FAIL{color:#cf222e;font-weight:600}\
            .SKIPPED{color:#656d76}
            tr.fail{background:#ffebe9}
            details{border-bottom:1px solid #d0d7de;padding:4px 0}summary{cursor:pointer}
            pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:8px;font-size:12px;margin:6px 0}
            .muted{color:#656d76}svg text{font-size:12px;fill:#1f2328}
            """;
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private HtmlReport() {
    }

    static void write(Verdict verdict, FailureSamples samples, OutputStream out) throws IOException {
        write(verdict, samples, Map.of(), out);
    }

    static void write(Verdict verdict, FailureSamples samples, Map<String, List<PackageCoverage>> packages,
            OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new Page(verdict, samples, packages, html).write();
        html.flush();
    }

    /** One page being written. */
    private record Page(Verdict verdict, FailureSamples samples, Map<String, List<PackageCoverage>> packages,
            Writer out) {

        void write() throws IOException {
            String decision = verdict.decision().name();
            out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n");
            out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            out.write("<title>Fearless " + esc(verdict.gate()) + ": " + decision + "</title>\n");
            out.write("<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n");
            out.write("<header class=\"decision " + decision.toLowerCase(Locale.ROOT) + "\">\n");
            out.write("<h1 id=\"decision\">" + decision + "</h1>\n");
            out.write("<p>Fearless gate <strong id=\"gate\">" + esc(verdict.gate()) + "</strong></p>\n");
            out.write("<p id=\"reason\">" + esc(verdict.reason()) + "</p>\n");
            out.write("<p>" + ReportValues.seconds(verdict.durationMs()) + ", exit code " + verdict.exitCode()
                    + "</p>\n");
            if (verdict.target() != null) {
                out.write("<p id=\"target\">Target " + esc(verdict.target().baseUrl()) + " ("
                        + esc(verdict.target().source()) + ")</p>\n");
            }
            out.write("</header>\n");
            if (!verdict.steps().isEmpty()) {
                steps();
                charts();
                rules();
                coverage();
            }
            failures();
            out.write("<p class=\"muted\">" + esc(verdict.schema()) + "</p>\n</main>\n</body>\n</html>\n");
        }

        private void steps() throws IOException {
            out.write("<section id=\"steps\">\n<h2>Steps</h2>\n<table>\n<tr><th>step</th><th>decision</th>"
                    + "<th>found</th><th>passed</th><th>failed</th><th>aborted</th><th>skipped</th>"
                    + "<th>duration</th><th>coverage</th><th>reason</th></tr>\n");
            for (StepResult step : verdict.steps()) {
                TestCounts tests = step.tests();
                out.write("<tr><td>" + esc(step.name()) + "</td><td class=\"" + step.decision() + "\">"
                        + step.decision() + "</td>");
                for (String count : tests == null ? List.of("-", "-", "-", "-", "-")
                        : List.of(String.valueOf(tests.found()), String.valueOf(tests.passed()),
                                String.valueOf(tests.failed()), String.valueOf(tests.aborted()),
                                String.valueOf(tests.skipped()))) {
                    out.write("<td class=\"n\">" + count + "</td>");
                }
                out.write("<td class=\"n\">" + ReportValues.seconds(step.durationMs()) + "</td><td>"
                        + esc(ReportValues.coverage(step)) + "</td><td>" + esc(step.reason())
                        + "</td></tr>\n");
            }
            out.write("</table>\n</section>\n");
        }

        private void rules() throws IOException {
            out.write("<section id=\"rules\">\n<h2>Rules</h2>\n<table>\n<tr><th>step</th><th>rule</th>"
                    + "<th>threshold</th><th>actual</th><th>ok</th><th>message</th></tr>\n");
            for (StepResult step : verdict.steps()) {
                for (RuleResult rule : step.rules()) {
                    out.write((rule.ok() ? "<tr>" : "<tr class=\"fail\">") + "<td>" + esc(step.name()) + "</td><td>"
                            + esc(rule.rule()) + "</td><td class=\"n\">" + esc(ReportValues.value(rule.threshold()))
                            + "</td><td class=\"n\">" + esc(ReportValues.value(rule.actual())) + "</td>"
                            + (rule.ok() ? "<td class=\"GO\">ok</td>" : "<td class=\"FAIL\">FAIL</td>") + "<td>"
                            + esc(rule.message()) + "</td></tr>\n");
                }
            }
            out.write("</table>\n</section>\n");
        }

        private void coverage() throws IOException {
            out.write("<section id=\"coverage\">\n<h2>Coverage</h2>\n<table>\n<tr><th>step / package</th><th>line</th>"
                    + "<th>branch</th><th>instruction</th></tr>\n");
            boolean any = false;
            for (StepResult step : verdict.steps()) {
                if (step.coverage() == null) {
                    continue;
                }
                any = true;
                coverageRow("<b>" + esc(step.name()) + "</b>", step.coverage());
                for (PackageCoverage pkg : packages.getOrDefault(step.name(), List.of())) {
                    coverageRow("&nbsp;&nbsp;" + esc(pkg.name().isEmpty() ? "(default package)" : pkg.name()),
                            pkg.coverage());
                }
            }
            out.write("</table>\n");
            if (!any) {
                out.write("<p class=\"muted\">No step measured coverage.</p>\n");
            }
            out.write("</section>\n");
        }

        private void coverageRow(String label, CoverageRatios coverage) throws IOException {
            out.write("<tr><td>" + label + "</td>");
            for (Double ratio : new Double[] {coverage.line(), coverage.branch(), coverage.instruction()}) {
                out.write("<td class=\"n\">" + (ratio == null ? "-" : ReportValues.ratio(ratio)) + "</td>");
            }
            out.write("</tr>\n");
        }

        private void charts() throws IOException {
            out.write("<section id=\"charts\">\n<h2>Tests per step</h2>\n");
            out.write(SvgCharts.testBars(verdict.steps()));
            out.write("<h2>Durations</h2>\n");
            out.write(SvgCharts.durationBars(verdict.steps()));
            out.write("</section>\n");
        }

        private void failures() throws IOException {
            long total = verdict.steps().stream().mapToLong(ReportValues::failedOrAborted).sum();
            List<FailureSamples.Sample> kept = samples.kept();
            if (total == 0 && kept.isEmpty()) {
                return;
            }
            out.write("<section id=\"failures\">\n<h2>Failed tests</h2>\n");
            if (!kept.isEmpty()) {
                for (FailureSamples.Sample sample : kept) {
                    String message = sample.message() == null ? sample.type() : sample.message();
                    out.write("<details><summary><span class=\"" + (sample.status().name().equals("FAILED")
                            ? "FAIL" : "SKIPPED") + "\">" + sample.status() + "</span> [" + esc(sample.step())
                            + "] " + esc(sample.test()) + ": " + esc(ReportValues.firstLine(message))
                            + "</summary>\n");
                    if (sample.type() != null) {
                        out.write("<p>" + esc(sample.type()) + "</p>\n");
                    }
                    out.write("<pre>" + esc(sample.stackTrace() != null ? sample.stackTrace() : message)
                            + "</pre></details>\n");
                }
            } else {
                // No test streamed through this run's listener: show what the verdict kept, without stack traces.
                for (StepResult step : verdict.steps()) {
                    for (TestFailure failure : step.failures()) {
                        out.write("<details><summary>" + failure.status() + " [" + esc(step.name()) + "] "
                                + esc(failure.test()) + "</summary>\n<pre>" + esc(failure.message())
                                + "</pre></details>\n");
                    }
                }
            }
            long shown = kept.isEmpty() ? verdict.steps().stream().mapToLong(s -> s.failures().size()).sum()
                    : kept.size();
            long all = Math.max(total, samples.seen());
            if (all > shown) {
                out.write("<p class=\"muted\">" + (all - shown) + " more failed or aborted tests are not shown;"
                        + " the JUnit XML reports in junit/ list them all.</p>\n");
            }
            out.write("</section>\n");
        }
    }

    /** Text escaped for HTML element content and double- or single-quoted attributes. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // Control characters (an ANSI colour, a NUL) shown as a Java string shows them, as in the XML.
                default -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
