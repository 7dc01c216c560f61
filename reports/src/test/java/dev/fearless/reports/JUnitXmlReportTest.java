package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;

class JUnitXmlReportTest {

    @TempDir
    Path dir;

    @Test
    void surefireReadsTheSameCountsAsTheVerdict() throws Exception {
        Verdict verdict;
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            verdict = GeneratedRun.play(reports, 1_000);
            reports.checkWritten();
        }
        TestCounts counts = verdict.steps().get(0).tests();

        Path file = dir.resolve("junit/TEST-predeploy.unit.xml");
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString());

        // Like Surefire's report plugin, the parser groups the cases by class; the counts are summed over them.
        assertThat(suites).hasSize(10);
        assertThat(suites.stream().mapToLong(ReportTestSuite::getNumberOfTests).sum())
                .isEqualTo(counts.passed() + counts.failed() + counts.aborted() + counts.skipped());
        assertThat(suites.stream().mapToLong(ReportTestSuite::getNumberOfFailures).sum()).isEqualTo(counts.failed());
        assertThat(suites.stream().mapToLong(ReportTestSuite::getNumberOfErrors).sum()).isZero();
        // Surefire's own mapping: an aborted test (a failed assumption) is reported as skipped.
        assertThat(suites.stream().mapToLong(ReportTestSuite::getNumberOfSkipped).sum())
                .isEqualTo(counts.skipped() + counts.aborted());
        List<ReportTestCase> cases = suites.stream().flatMap(suite -> suite.getTestCases().stream()).toList();
        assertThat(cases).hasSize(1_000);
        assertThat(cases).filteredOn(ReportTestCase::hasFailure).hasSize((int) counts.failed());
        assertThat(cases).filteredOn(ReportTestCase::hasSkipped).hasSize((int) (counts.skipped() + counts.aborted()));

        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("predeploy.unit");
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(cases.size()));
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(counts.failed()));
        assertThat(root.getAttribute("skipped")).isEqualTo(String.valueOf(counts.skipped() + counts.aborted()));
        assertThat(root.getAttribute("errors")).isEqualTo("0");
    }

    @Test
    void writesValidXmlWithControlCharactersShownAndMarkupEscaped() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            GeneratedRun.play(reports, 5);
        }
        Path file = dir.resolve("junit/TEST-predeploy.unit.xml");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

        var failure = (org.w3c.dom.Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("expected <a> but was \\u001b[31m<script>alert(1)</script>\\u0000");
        assertThat(failure.getAttribute("type")).isEqualTo("org.opentest4j.AssertionFailedError");
        assertThat(failure.getTextContent()).startsWith("org.opentest4j.AssertionFailedError: expected <a>");
        var testcase = (org.w3c.dom.Element) failure.getParentNode();
        assertThat(testcase.getAttribute("name")).isEqualTo(GeneratedRun.NASTY_NAME.replace("\u0001", "\\u0001"));
        assertThat(testcase.getAttribute("classname")).isEqualTo("com.example.generated.Suite0Test");
        assertThat(testcase.getAttribute("time")).isEqualTo("0.003");
        var skipped = (org.w3c.dom.Element) xml.getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("aborted: Assumption failed: needs network");
        assertThat(xml.getDocumentElement().getAttribute("time")).isEqualTo("4.321");
        assertThat(Files.list(dir.resolve("junit"))).containsExactly(file);
    }

    @Test
    void keepsAStackTraceWithMarkupLineBreaksAndEmojiExactlyAsTheTestThrewIt() throws Exception {
        String trace = "java.lang.AssertionError: <a href=\"x\">&amp;</a> ]]> \ud83d\ude80\r\n\tat T.t(T.java:1)\n";
        String message = "line one\r\nline two\t& \"quoted\" ]]>";
        try (JUnitXmlReport report = new JUnitXmlReport(dir)) {
            report.testFinished("unit", new TestResult("[method:t()]", "T", "t()", "t()", TestStatus.FAILED, 1,
                    "java.lang.AssertionError", message, trace));
            report.testFinished("unit", new TestResult("[method:u()]", "T", "u()", "u()", TestStatus.PASSED, 2,
                    null, null, null));
            report.stepFinished(new StepResult("unit", "unit", dev.fearless.engine.Decision.STOP, "failed", 10,
                    new TestCounts(2, 1, 1, 0, 0), null, null, List.of(), List.of()));
        }

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("junit/TEST-gate.unit.xml").toFile());
        var failure = (org.w3c.dom.Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getTextContent()).isEqualTo(trace);
        assertThat(failure.getAttribute("message")).isEqualTo(message);
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(((org.w3c.dom.Element) xml.getElementsByTagName("testcase").item(1)).getAttribute("time"))
                .isEqualTo("0.002");
    }

    @Test
    void putsWhatEachTestPrintedInItsSystemOutAsSurefireDoes() throws Exception {
        try (JUnitXmlReport report = new JUnitXmlReport(dir)) {
            report.testFinished("smoke", new TestResult("[method:t()]", "T", "t()", "t()", TestStatus.FAILED, 1,
                    "java.lang.AssertionError", "boom", "trace", "POST /api/items -> 500 <html> ]]>\n"));
            report.testFinished("smoke", new TestResult("[method:u()]", "T", "u()", "u()", TestStatus.PASSED, 2,
                    null, null, null, "GET /api/items -> 200\n"));
            report.testFinished("smoke", new TestResult("[method:v()]", "T", "v()", "v()", TestStatus.PASSED, 2,
                    null, null, null, null));
            report.stepFinished(new StepResult("smoke", "smoke", dev.fearless.engine.Decision.STOP, "failed", 10,
                    new TestCounts(3, 2, 1, 0, 0), null, null, List.of(), List.of()));
        }

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("junit/TEST-gate.smoke.xml").toFile());
        var outputs = xml.getElementsByTagName("system-out");
        assertThat(outputs.getLength()).isEqualTo(2);
        assertThat(outputs.item(0).getParentNode().getAttributes().getNamedItem("name").getNodeValue()).isEqualTo("t");
        assertThat(outputs.item(0).getTextContent()).isEqualTo("POST /api/items -> 500 <html> ]]>\n");
        assertThat(outputs.item(1).getTextContent()).isEqualTo("GET /api/items -> 200\n");
    }

    @Test
    void namesTestsAsSurefireDoes() {
        assertThat(JUnitXmlReport.surefireName("adds()")).isEqualTo("adds");
        assertThat(JUnitXmlReport.surefireName("adds(int, int)[1]")).isEqualTo("adds(int, int)[1]");
        assertThat(JUnitXmlReport.surefireName("checks(TargetEnvironment)")).isEqualTo("checks(TargetEnvironment)");
        assertThat(JUnitXmlReport.surefireName("factory()[2]")).isEqualTo("factory()[2]");
        assertThat(JUnitXmlReport.surefireName("weird () name()")).isEqualTo("weird () name()");
        assertThat(JUnitXmlReport.surefireName("")).isEmpty();
    }

    @Test
    void namesTheStepsDecisionAndFailingRuleInTheSuitesProperties() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            reports.gateStarted("predeploy", List.of());
            reports.stepFinished(null, Verdicts.unitStepStop());
            reports.checkWritten();
        }

        ReportTestSuite suite = new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(dir.resolve("junit/TEST-predeploy.unit.xml").toString()).get(0);
        String xml = Files.readString(dir.resolve("junit/TEST-predeploy.unit.xml"));
        assertThat(suite.getNumberOfTests()).isZero();
        assertThat(xml).contains("<property name=\"fearless.decision\" value=\"STOP\"/>")
                .contains("<property name=\"fearless.rule.coverage.line\" value=\"FAIL: "
                        + Verdicts.unitStepStop().rules().get(1).message() + "\"/>");
    }

    @Test
    void writesAnEmptySuiteForATestStepWithoutTestsAndNoneForStaticOrSkippedSteps() throws Exception {
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            reports.gateStarted("predeploy", List.of());
            reports.stepFinished(null, Verdicts.staticStep());
            reports.stepFinished(null, new StepResult("unit", "unit", dev.fearless.engine.Decision.STOP,
                    "minTests is 0, but expected minimum is 1", 10, TestCounts.NONE, null, null, List.of(),
                    List.of()));
            reports.stepFinished(null, StepResult.skipped("module", "module"));
            reports.checkWritten();
        }

        assertThat(Files.list(dir.resolve("junit"))).containsExactly(dir.resolve("junit/TEST-predeploy.unit.xml"));
        ReportTestSuite suite = new TestSuiteXmlParser(new NullConsoleLogger())
                .parse(dir.resolve("junit/TEST-predeploy.unit.xml").toString()).get(0);
        assertThat(suite.getNumberOfTests()).isZero();
    }

    @Test
    void aReportThatCannotBeWrittenIsReportedAndTheOthersStillWritten() throws Exception {
        Files.writeString(dir.resolve("junit"), "a file where the junit folder belongs");

        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            GeneratedRun.play(reports, 10);

            assertThatThrownBy(reports::checkWritten).isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageStartingWith("cannot write the JUnit XML report of step unit: ")
                    .hasMessageEndingWith("; check that the report directory is writable and its disk not full");
            assertThat(reports.written()).containsExactly(dir.resolve("summary.md"), dir.resolve("report.html"));
        }
    }

    @Test
    void formatsMillisecondsAsSurefireSeconds() {
        assertThat(JUnitXmlReport.seconds(0)).isEqualTo("0.000");
        assertThat(JUnitXmlReport.seconds(7)).isEqualTo("0.007");
        assertThat(JUnitXmlReport.seconds(1_050)).isEqualTo("1.050");
        assertThat(JUnitXmlReport.seconds(123_456)).isEqualTo("123.456");
    }
}
