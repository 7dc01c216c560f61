package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;

class MarkdownSummaryTest {

    @TempDir
    Path dir;

    @Test
    void showsTheDecisionReasonStepsEveryRuleAndTheFirstFailures() {
        String md = MarkdownSummary.of(Verdicts.stop());

        assertThat(md).startsWith("## Fearless gate predeploy: **STOP**\n\nstep unit: "
                + Verdicts.COVERAGE_MESSAGE + "\n");
        assertThat(md).contains("| step | decision | tests passed/found | failed | skipped | duration | coverage |",
                "| static | GO | - | - | - | 1.2 s | - |",
                "| unit | **STOP** | 19998/20000 | 1 (+1 aborted) | 0 | 14.2 s | line 0.5000, instruction 0.5200 |",
                "| module | SKIPPED | - | - | - | - | - |");
        assertThat(md).contains("| unit | coverage.line | 0.8500 | 0.5000 | **FAIL** | " + Verdicts.COVERAGE_MESSAGE
                + " |", "| unit | passRate | 0.9900 | 0.9999 | ok |", "| unit | testTimeout | 5m | 1.5s | ok |",
                "| static | maxFindings.error | 0 | 0 | ok |");
        assertThat(md).contains("**unit** (2 of 2)\n\n"
                + "- FAILED com.example.CartTest.addsItems\\(\\): expected: &lt;2&gt; but was: &lt;3&gt;\n"
                + "- ABORTED com.example.CartTest.needsNetwork\\(\\)\n");
    }

    @Test
    void namesTheClassesAStepsCoverageLeftOut() {
        String md = MarkdownSummary.of(Verdicts.goExcluding());

        assertThat(md).contains("| unit | GO | 20000/20000 | 0 | 0 | 14.2 s | line 0.9100, instruction 0.9300,"
                + " excluding \\*.Jdbc\\*Repository, com.example.LibraryApplication |");
    }

    @Test
    void listsTenFailuresPerStepAndSaysHowManyThereWere() {
        List<TestFailure> failures = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> new TestFailure("T.t" + i, TestStatus.FAILED, "boom " + i + "\nsecond line")).toList();
        StepResult unit = new StepResult("unit", "unit", Decision.STOP, "passRate", 10,
                new TestCounts(1000, 877, 123, 0, 0), null, null, List.of(), failures);
        Verdict verdict = new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, "step unit: passRate", 10,
                ExitCode.STOP, List.of(unit));

        String md = MarkdownSummary.of(verdict);

        assertThat(md).contains("**unit** (10 of 123)", "- FAILED T.t9: boom 9\n").doesNotContain("T.t10",
                "second line");
    }

    @Test
    void escapesTestNamesAndMessagesSoTheyCannotBreakTheTableOrAddLinks() {
        assertThat(MarkdownSummary.text(GeneratedRun.NASTY_NAME)).isEqualTo(
                "weird\\\\u0001&lt;name&gt; &amp; \"quotes\" \\| \\`tick\\` \\[x\\]\\(http://evil\\)");
        assertThat(MarkdownSummary.text("a\nb|c")).isEqualTo("a b\\|c");
    }

    @Test
    void showsControlCharactersVisiblyRatherThanRawOrAsBlanks() {
        assertThat(MarkdownSummary.text("x\u001b[2K\u001b[32mGO\u0000\b\u009b"))
                .as("the backslash of \\u001b is escaped too, so Markdown shows it")
                .isEqualTo("x\\\\u001b\\[2K\\\\u001b\\[32mGO\\\\u0000\\\\u0008\\\\u009b");
    }

    @Test
    void writesTheErrorVerdictOfAGateThatCouldNotRun() {
        String md = MarkdownSummary.of(Verdict.error("predeploy", "fearless.yml:3:5: gates.x is unknown", 0,
                ExitCode.USAGE));

        assertThat(md).isEqualTo("## Fearless gate predeploy: **ERROR**\n\nfearless.yml:3:5: gates.x is unknown\n\n"
                + "Duration 0.0 s, exit code 2.\n\n");
    }

    @Test
    void writesSummaryMdAndAppendsTheSameToTheGithubStepSummary() throws Exception {
        Path jobSummary = dir.resolve("step_summary.md");
        Files.writeString(jobSummary, "# an earlier step's summary\n");
        Path reportDir = dir.resolve("report");

        try (ReportWriters reports = new ReportWriters(reportDir,
                Map.of(ReportWriters.GITHUB_STEP_SUMMARY, jobSummary.toString())::get)) {
            reports.gateFinished(Verdicts.stop());
            reports.checkWritten();
        }

        String summary = Files.readString(reportDir.resolve("summary.md"));
        assertThat(summary).isEqualTo(MarkdownSummary.of(Verdicts.stop()));
        assertThat(Files.readString(jobSummary)).isEqualTo("# an earlier step's summary\n" + summary);
    }

    @Test
    void writesNoJobSummaryWithoutTheVariable() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            reports.gateFinished(Verdicts.go());
            reports.checkWritten();
        }

        assertThat(Files.readString(dir.resolve("summary.md"))).startsWith("## Fearless gate predeploy: **GO**");
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("summary.md",
                    "report.html");
        }
    }
}
