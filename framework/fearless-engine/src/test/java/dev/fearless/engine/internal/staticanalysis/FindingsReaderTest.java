package dev.fearless.engine.internal.staticanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.FindingCounts;

class FindingsReaderTest {

    @TempDir
    Path dir;

    @Test
    void countsSarifResultsByLevelRuleDefaultAndSecuritySeverity() throws Exception {
        FindingCounts counts = FindingsReader.read(report("sarif.json"));

        // See sarif.json: each result's message says what it should count as.
        assertThat(counts).isEqualTo(new FindingCounts(3, 2, 3, 2, 1));
    }

    @Test
    void countsCheckstyleErrorsBySeverityAndFilesItFailedOnAsErrors() throws Exception {
        FindingCounts counts = FindingsReader.read(report("checkstyle.xml"));

        assertThat(counts).isEqualTo(new FindingCounts(2, 0, 2, 0, 1));
    }

    @Test
    void countsPmdViolationsByPriorityAndFilesItFailedOnAsErrors() throws Exception {
        FindingCounts counts = FindingsReader.read(report("pmd.xml"));

        assertThat(counts).isEqualTo(new FindingCounts(2, 1, 2, 1, 1));
    }

    @Test
    void countsSpotbugsInstancesByRankElsePriority() throws Exception {
        FindingCounts counts = FindingsReader.read(report("spotbugs.xml"));

        assertThat(counts).isEqualTo(new FindingCounts(1, 2, 1, 1, 0));
    }

    @Test
    void tellsTheFormatFromTheContentNotTheName() throws Exception {
        Path misnamed = Files.copy(report("checkstyle.xml"), dir.resolve("findings.json"));

        assertThat(FindingsReader.read(misnamed)).isEqualTo(new FindingCounts(2, 0, 2, 0, 1));
    }

    @Test
    void readsAReportWithAByteOrderMark() throws Exception {
        byte[] pmd = Files.readAllBytes(report("pmd.xml"));
        byte[] withBom = new byte[pmd.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(pmd, 0, withBom, 3, pmd.length);
        Path file = Files.write(dir.resolve("pmd-bom.xml"), withBom);

        assertThat(FindingsReader.read(file)).isEqualTo(new FindingCounts(2, 1, 2, 1, 1));
    }

    @Test
    void countsNothingInACleanReport() throws Exception {
        Path clean = write("clean.xml", "<?xml version=\"1.0\"?>\n<pmd version=\"7.19.0\"></pmd>\n");

        assertThat(FindingsReader.read(clean)).isEqualTo(FindingCounts.NONE);
    }

    @Test
    void countsNothingInCleanCheckstyleAndSpotbugsReportsOfSomeCode() throws Exception {
        Path checkstyle = write("clean-checkstyle.xml", """
                <checkstyle version="10.21.0">
                <file name="/p/src/main/java/demo/A.java"></file>
                <file name="/p/src/main/java/demo/B.java"><error severity="ignore" message="m"/></file>
                </checkstyle>
                """);
        Path spotbugs = write("clean-spotbugs.xml", """
                <BugCollection version="4.9.8"><Project/><Errors errors="0" missingClasses="0"/>
                  <FindBugsSummary total_classes="12" total_bugs="0"/></BugCollection>
                """);

        assertThat(FindingsReader.read(checkstyle)).isEqualTo(FindingCounts.NONE);
        assertThat(FindingsReader.read(spotbugs)).isEqualTo(FindingCounts.NONE);
    }

    @Test
    void failsOnCheckstyleAndSpotbugsReportsOfNothing() throws Exception {
        // What the analyzers write when they were pointed at no code: a wrong source folder, a module without classes.
        Path checkstyle = write("no-file.xml", "<?xml version=\"1.0\"?>\n<checkstyle version=\"10.21.0\">\n</checkstyle>\n");
        Path noClass = write("no-class.xml", """
                <BugCollection version="4.9.8"><Project/><Errors errors="0" missingClasses="0"/>
                  <FindBugsSummary total_classes="0" total_bugs="0"/></BugCollection>
                """);
        Path noSummary = write("no-summary.xml", "<BugCollection version=\"4.9.8\"><Project/></BugCollection>\n");
        Path badSummary = write("bad-summary.xml", "<BugCollection>\n<FindBugsSummary total_classes=\"many\"/>\n"
                + "</BugCollection>\n");

        assertThatThrownBy(() -> FindingsReader.read(checkstyle))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + checkstyle + " lists no checked file: a report of nothing is"
                        + " not a clean result; check what the analyzer was given to analyze");
        assertThatThrownBy(() -> FindingsReader.read(noClass))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + noClass + " lists no analyzed class (no bug and"
                        + " <FindBugsSummary total_classes> absent or 0): a report of nothing is not a clean result;"
                        + " check what the analyzer was given to analyze");
        assertThatThrownBy(() -> FindingsReader.read(noSummary))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageContaining(noSummary + " lists no analyzed class");
        assertThatThrownBy(() -> FindingsReader.read(badSummary))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + badSummary + ":2:40: <FindBugsSummary total_classes=\"many\">"
                        + " is not a number");
    }

    @Test
    void failsWhenTheReportIsMissing() {
        Path missing = dir.resolve("missing.sarif");

        assertThatThrownBy(() -> FindingsReader.read(missing))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + missing + " does not exist; run the analyzer first,"
                        + " or fix the path under the static step's reports:");
    }

    @Test
    void failsWhenTheReportIsEmpty() throws Exception {
        Path empty = write("empty.xml", "");
        Path blank = write("blank.xml", "  \n\t\n");

        assertThatThrownBy(() -> FindingsReader.read(empty))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + empty + " is empty: the analyzer did not finish; run it again");
        assertThatThrownBy(() -> FindingsReader.read(blank))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageContaining(blank + " is empty");
    }

    @Test
    void failsWithTheParserPositionWhenXmlIsTruncated() throws Exception {
        String checkstyle = Files.readString(report("checkstyle.xml"));
        Path truncated = write("checkstyle-truncated.xml", checkstyle.substring(0, checkstyle.indexOf("<error line=\"5\"")));

        assertThatThrownBy(() -> FindingsReader.read(truncated))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + truncated + ":6:1 is malformed (XML document structures must"
                        + " start and end within the same entity.): the analyzer did not finish writing it;"
                        + " run it again");
    }

    @Test
    void failsWithTheParserPositionWhenJsonIsTruncated() throws Exception {
        String sarif = Files.readString(report("sarif.json"));
        Path truncated = write("truncated.sarif", sarif.substring(0, sarif.indexOf("\"results\"")));

        assertThatThrownBy(() -> FindingsReader.read(truncated))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageStartingWith("static-analysis report " + truncated + ":16:")
                .hasMessageContaining("is malformed (Unexpected end-of-input")
                .hasMessageEndingWith("): the analyzer did not finish writing it; run it again");
    }

    @Test
    void failsOnAnUnknownXmlRoot() throws Exception {
        Path html = write("report.xml", "<?xml version=\"1.0\"?>\n<html><body>PMD report</body></html>\n");

        assertThatThrownBy(() -> FindingsReader.read(html))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + html + " is not a SARIF 2.1.0, Checkstyle, PMD or SpotBugs"
                        + " report (its root element is <html>); configure the analyzer to write one of these");
    }

    @Test
    void failsOnJsonThatIsNotSarifAndOnText() throws Exception {
        Path json = write("report.json", "[{\"issues\": []}]");
        Path text = write("report.txt", "3 problems found\n");

        assertThatThrownBy(() -> FindingsReader.read(json))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageContaining(json + " is not a SARIF 2.1.0, Checkstyle, PMD or SpotBugs report"
                        + " (it is JSON, but not a SARIF log)");
        assertThatThrownBy(() -> FindingsReader.read(text))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageContaining(text + " is not a SARIF 2.1.0, Checkstyle, PMD or SpotBugs report"
                        + " (it is neither JSON nor XML)");
    }

    @Test
    void failsOnSarifOtherThan210() throws Exception {
        Path sarif1 = write("old.sarif", """
                {"$schema": "http://json.schemastore.org/sarif-1.0.0", "version": "1.0.0",
                 "runs": [{"tool": {"name": "Old"}, "results": []}]}
                """);

        assertThatThrownBy(() -> FindingsReader.read(sarif1))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + sarif1 + " is SARIF version 1.0.0, but only SARIF 2.1.0 is"
                        + " read; configure the analyzer to write SARIF 2.1.0");
    }

    @Test
    void failsOnASarifRunWithoutResults() throws Exception {
        Path sarif = write("crashed.sarif", """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Crashed"}}}]}
                """);

        assertThatThrownBy(() -> FindingsReader.read(sarif))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + sarif + " has no results array at /runs/0/results: the"
                        + " analyzer did not finish; run it again");
    }

    @Test
    void failsOnASarifRunWhoseAnalyzerSaysItDidNotFinish() throws Exception {
        Path sarif = write("failed.sarif", """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Crashed"}},
                  "invocations": [{"executionSuccessful": false,
                    "toolExecutionNotifications": [{"level": "error", "message": {"text": "crashed"}}]}],
                  "results": []}]}
                """);

        assertThatThrownBy(() -> FindingsReader.read(sarif))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageStartingWith("static-analysis report " + sarif + " says at /runs/0/invocations/0"
                        + "/executionSuccessful that the analyzer did not finish");
    }

    @Test
    void takesARulesOverriddenLevelAndLeavesOutResultsFixedSinceTheBaseline() throws Exception {
        Path sarif = write("overrides.sarif", """
                {"version": "2.1.0", "runs": [{
                  "tool": {"driver": {"name": "Lint", "rules": [
                    {"id": "L1", "defaultConfiguration": {"level": "note"}},
                    {"id": "L2", "defaultConfiguration": {"level": "note"}}]}},
                  "invocations": [{"executionSuccessful": true, "ruleConfigurationOverrides": [
                    {"descriptor": {"id": "L1"}, "configuration": {"level": "error"}},
                    {"descriptor": {"index": 1}, "configuration": {"level": "warning"}}]}],
                  "results": [
                    {"ruleId": "L1", "message": {"text": "overridden to error"}},
                    {"ruleId": "L2", "message": {"text": "overridden by index to warning"}},
                    {"ruleId": "L1", "level": "error", "baselineState": "absent", "message": {"text": "fixed"}}]}]}
                """);

        assertThat(FindingsReader.read(sarif)).isEqualTo(new FindingCounts(1, 0, 1, 0, 0));
    }

    @Test
    void countsAClassSpotbugsFailedToAnalyseAsAnError() throws Exception {
        Path spotbugs = write("errors.xml", """
                <BugCollection version="4.9.8"><Project/>
                  <Errors errors="1" missingClasses="1">
                    <Error><ErrorMessage>Exception analyzing com.example.Foo</ErrorMessage></Error>
                    <MissingClass>org.example.Lib</MissingClass>
                  </Errors>
                  <FindBugsSummary total_classes="3"/>
                </BugCollection>
                """);

        assertThat(FindingsReader.read(spotbugs)).isEqualTo(new FindingCounts(1, 0, 0, 0, 0));
    }

    @Test
    void failsOnADuplicateKeyNamingWhereRatherThanLosingAFinding() throws Exception {
        Path runs = write("runs.sarif", """
                {"version": "2.1.0",
                 "runs": [{"tool": {"driver": {"name": "X"}}, "results": [{"ruleId": "a", "level": "error"}]}],
                 "runs": [{"tool": {"driver": {"name": "X"}}, "results": []}]}
                """);
        Path level = write("level.sarif", """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "X"}},
                  "results": [{"ruleId": "a", "level": "error", "level": "none"}]}]}
                """);

        assertThatThrownBy(() -> FindingsReader.read(runs))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageStartingWith("static-analysis report " + runs + ":3:")
                .hasMessageEndingWith(": Duplicate field 'runs': a key given twice is ambiguous (one of them would be"
                        + " ignored, and its findings with it); fix the tool that wrote the report");
        assertThatThrownBy(() -> FindingsReader.read(level))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageStartingWith("static-analysis report " + level + ":2:")
                .hasMessageContaining(": Duplicate field 'level': a key given twice is ambiguous");
    }

    @Test
    void failsOnASarifLogWithoutRuns() throws Exception {
        Path sarif = write("empty.sarif", """
                {"version": "2.1.0", "runs": []}
                """);

        assertThatThrownBy(() -> FindingsReader.read(sarif))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("static-analysis report " + sarif + " at /runs: runs is empty, so nothing was analysed;"
                        + " check that the analyzer ran on the sources and wrote its results");
    }

    @Test
    void failsOnUnknownLevelsNamingWhere() throws Exception {
        Path sarif = write("level.sarif", """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "X"}},
                  "results": [{"ruleId": "a", "level": "warning"}, {"ruleId": "b", "level": "fatal"}]}]}
                """);
        Path checkstyle = write("severity.xml",
                "<checkstyle>\n<file name=\"A.java\">\n<error severity=\"fatal\" message=\"m\"/>\n</file>\n</checkstyle>\n");
        Path pmd = write("priority.xml", "<pmd>\n<file name=\"A.java\">\n  <violation priority=\"7\">m</violation>\n"
                + "</file>\n</pmd>\n");
        Path spotbugs = write("rank.xml", "<BugCollection>\n<BugInstance rank=\"25\" priority=\"1\"/>\n</BugCollection>\n");

        assertThatThrownBy(() -> FindingsReader.read(sarif))
                .hasMessage("static-analysis report " + sarif + " at /runs/0/results/1: unknown SARIF level \"fatal\";"
                        + " expected error, warning, note or none");
        assertThatThrownBy(() -> FindingsReader.read(checkstyle))
                .hasMessageStartingWith("static-analysis report " + checkstyle + ":3:")
                .hasMessageEndingWith(
                        ": unknown Checkstyle severity \"fatal\"; expected error, warning, info or ignore");
        assertThatThrownBy(() -> FindingsReader.read(pmd))
                .hasMessageStartingWith("static-analysis report " + pmd + ":3:")
                .hasMessageEndingWith(": unknown PMD priority \"7\"; expected 1, 2, 3, 4 or 5");
        assertThatThrownBy(() -> FindingsReader.read(spotbugs))
                .hasMessageStartingWith("static-analysis report " + spotbugs + ":2:")
                .hasMessageEndingWith(": unknown SpotBugs rank \"25\"; expected 1 to 20");
    }

    @Test
    void doesNotResolveExternalEntities() throws Exception {
        Path secret = write("secret.txt", "secret");
        Path xxe = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE pmd [<!ENTITY e SYSTEM \"" + secret.toUri()
                + "\">]>\n<pmd>&e;</pmd>\n");

        assertThatThrownBy(() -> FindingsReader.read(xxe))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessageStartingWith("static-analysis report " + xxe + ":3:")
                .hasMessageContaining("is malformed (The entity \"e\" was referenced, but not declared.)");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path report(String name) throws URISyntaxException {
        return Path.of(FindingsReaderTest.class.getResource("/reports/" + name).toURI());
    }
}
