package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.Layer;
import dev.fearless.engine.PackageCoverage;
import dev.fearless.engine.Verdict;
import dev.fearless.engine.config.StepDefinition;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheFirstTwoHundredFailuresAndSaysHowManyMoreThereWere() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            GeneratedRun.play(reports, 50_000);
            reports.checkWritten();
        }
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(Pattern.compile("<details>").matcher(html).results().count()).isEqualTo(200);
        // 500 failed, 200 aborted in the generated run.
        assertThat(html).contains("500 more failed or aborted tests are not shown");
        assertThat(Files.size(dir.resolve("report.html"))).isLessThan(1_000_000);
    }

    @Test
    void showsCoverageByPackageUnderTheStepsTotals() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            reports.coverageMeasured(StepDefinition.of(Layer.UNIT), List.of(
                    new PackageCoverage("com.example.cart", new CoverageRatios(0.25, null, 0.3)),
                    new PackageCoverage("", new CoverageRatios(1.0, 1.0, 1.0))));
            reports.gateFinished(Verdicts.stop());
            reports.checkWritten();
        }
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).contains("<tr><td>&nbsp;&nbsp;com.example.cart</td><td class=\"n\">0.2500</td>"
                + "<td class=\"n\">-</td><td class=\"n\">0.3000</td></tr>")
                .contains("(default package)");
    }

    @Test
    void namesTheClassesAStepsCoverageLeftOut() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            reports.gateFinished(Verdicts.goExcluding());
        }
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).contains("line 0.9100, instruction 0.9300, excluding *.Jdbc*Repository,"
                + " com.example.LibraryApplication");
    }

    @Test
    void escapesEveryTextFromTheTests() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            GeneratedRun.play(reports, 10);
        }
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).doesNotContain("<script", "<name>", "\u0000")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\u001b[31m",
                        "weird\\u0001&lt;name&gt; &amp; &quot;quotes&quot;");
    }

    @Test
    void allowsNoRequestAtAll() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            reports.gateFinished(Verdicts.go());
        }
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
                .doesNotContain("<script", "<link", "@import", "url(", "src=");
        assertThat(html).contains("<h1 id=\"decision\">GO</h1>", "header class=\"decision go\"");
    }

    @Test
    void showsAnErrorVerdictWithoutSteps() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            reports.gateFinished(Verdict.error("predeploy", "no gate named 'x' <defined: predeploy>", 0,
                    ExitCode.USAGE));
        }
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).contains("<h1 id=\"decision\">ERROR</h1>",
                "<p id=\"reason\">no gate named &#39;x&#39; &lt;defined: predeploy&gt;</p>")
                .doesNotContain("id=\"steps\"");
    }
}
