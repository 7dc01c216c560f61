package dev.fearless.engine.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.ISourceFileLocator;
import org.jacoco.report.xml.XMLFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import dev.fearless.engine.CoverageMetric;
import dev.fearless.engine.CoverageRatios;

/**
 * Runs a real JVM under the JaCoCo agent once, then checks our ratios against JaCoCo's own XML report for the same data
 * and every way the data can be unusable.
 */
class CoverageAnalyzerTest {

    private static final String CALC = """
            package demo;

            public class Calc {
                public static int abs(int x) {
                    if (x < 0) {
                        return -x;
                    }
                    return x;
                }

                public static String grade(int score) {
                    if (score >= 90) {
                        return "A";
                    } else if (score >= 50) {
                        return "B";
                    }
                    return "C";
                }

                public static void main(String[] args) {
                    System.out.println(abs(-3) + grade(95) + grade(10));
                }
            }
            """;

    private static final String UNUSED = """
            package demo;

            public class Unused {
                public int twice(int y) {
                    return y * 2;
                }
            }
            """;

    @TempDir
    static Path shared;

    static Path classes;
    static Path exec;

    @TempDir
    Path dir;

    @BeforeAll
    static void runFixtureUnderTheAgent() throws Exception {
        CoverageFixture.Recorded recorded = CoverageFixture.recorded(shared,
                Map.of("demo.Calc", CALC, "demo.Unused", UNUSED), "demo.Calc");
        classes = recorded.classes();
        exec = recorded.exec();
    }

    @Test
    void equalsJacocoReportForTheSameData() throws Exception {
        CoverageRatios ratios = CoverageAnalyzer.analyze(exec, List.of(classes));

        Map<String, double[]> report = jacocoXmlReportCounters(exec, classes);
        assertThat(ratios.line()).isCloseTo(ratio(report.get("LINE")), within(0.00005));
        assertThat(ratios.branch()).isCloseTo(ratio(report.get("BRANCH")), within(0.00005));
        assertThat(ratios.instruction()).isCloseTo(ratio(report.get("INSTRUCTION")), within(0.00005));
        // Partly covered: abs and grade ran, Unused did not.
        assertThat(ratios.line()).isStrictlyBetween(0.0, 1.0);
        assertThat(ratios.branch()).isStrictlyBetween(0.0, 1.0);
    }

    @Test
    void countsOnlyClassesOfTheGivenLocations() throws Exception {
        Path calcOnly = dir.resolve("calc-only/demo");
        Files.createDirectories(calcOnly);
        Files.copy(classes.resolve("demo/Calc.class"), calcOnly.resolve("Calc.class"));

        CoverageRatios all = CoverageAnalyzer.analyze(exec, List.of(classes));
        CoverageRatios calc = CoverageAnalyzer.analyze(exec, List.of(calcOnly.getParent()));

        assertThat(calc.instruction()).isGreaterThan(all.instruction());
    }

    @Test
    void isZeroWhenTheTestsRanNoInstrumentedCode() throws Exception {
        Path empty = dir.resolve("session-only.exec");
        try (OutputStream out = Files.newOutputStream(empty)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitSessionInfo(new SessionInfo("fork", 1L, 2L));
        }

        CoverageRatios ratios = CoverageAnalyzer.analyze(empty, List.of(classes));

        assertThat(ratios).isEqualTo(new CoverageRatios(0.0, 0.0, 0.0));
    }

    @Test
    void branchIsNullWhenTheClassesHaveNoBranch() throws Exception {
        Path unusedOnly = dir.resolve("unused-only/demo");
        Files.createDirectories(unusedOnly);
        Files.copy(classes.resolve("demo/Unused.class"), unusedOnly.resolve("Unused.class"));
        Path empty = dir.resolve("session-only.exec");
        try (OutputStream out = Files.newOutputStream(empty)) {
            new ExecutionDataWriter(out).visitSessionInfo(new SessionInfo("fork", 1L, 2L));
        }

        CoverageRatios ratios = CoverageAnalyzer.analyze(empty, List.of(unusedOnly.getParent()));

        assertThat(ratios.branch()).isNull();
        assertThat(ratios.line()).isZero();
    }

    @Test
    void countsNoLineWhereTheClassesHaveNoLineNumbersAsJacocoReportDoes() throws Exception {
        CoverageFixture.Recorded noDebugInfo = CoverageFixture.recorded(dir, Map.of("demo.Calc", CALC), "demo.Calc",
                List.of("-g:none"));

        CoverageAnalyzer.Measurement measurement = CoverageAnalyzer.measure(noDebugInfo.exec(),
                List.of(noDebugInfo.classes()));

        Map<String, double[]> report = jacocoXmlReportCounters(noDebugInfo.exec(), noDebugInfo.classes());
        // JaCoCo's report has no line figure for such classes (its HTML page says "Class files must be compiled
        // with debug information to show line coverage."), but counts their instructions.
        assertThat(report).doesNotContainKey("LINE").containsKey("INSTRUCTION");
        assertThat(measurement.lines()).isZero();
        assertThat((double) measurement.instructions()).isEqualTo(report.get("INSTRUCTION")[0]
                + report.get("INSTRUCTION")[1]);
        assertThat(measurement.total().line()).isNull();
        assertThat(measurement.total().instruction()).isCloseTo(ratio(report.get("INSTRUCTION")), within(0.00005));
        assertThat(measurement.unmeasurable(CoverageMetric.LINE)).contains("the classes under test have no"
                + " line-number tables (compiled with -g:none), so JaCoCo counts " + measurement.instructions()
                + " instructions but no line; compile them with debug info (javac -g, Maven's default) or use an"
                + " instruction or branch rule");
        assertThat(measurement.unmeasurable(CoverageMetric.INSTRUCTION)).isEmpty();
        assertThat(measurement.unmeasurable(CoverageMetric.BRANCH)).isEmpty();
    }

    @Test
    void measuresLinesOfClassesWithLineNumbers() throws Exception {
        CoverageAnalyzer.Measurement measurement = CoverageAnalyzer.measure(exec, List.of(classes));

        assertThat(measurement.lines()).isPositive();
        assertThat(measurement.unmeasurable(CoverageMetric.LINE)).isEmpty();
    }

    @Test
    void failsWhenTheExecFileIsMissing() {
        Path missing = dir.resolve("nothing.exec");

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(missing, List.of(classes)))
                .isInstanceOf(CoverageException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void failsWhenTheExecFileIsEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.exec"));

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(empty, List.of(classes)))
                .isInstanceOf(CoverageException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("is empty");
    }

    @Test
    void failsWhenTheExecFileIsNotJacocoData() throws Exception {
        Path text = Files.writeString(dir.resolve("text.exec"), "this is not execution data\n");

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(text, List.of(classes)))
                .isInstanceOf(CoverageException.class)
                .hasMessage("coverage data " + text + " is not a complete JaCoCo execution data file (Invalid"
                        + " execution data file.); delete it and run the step again");
    }

    @Test
    void failsWhenTheExecFileIsTruncated() throws Exception {
        byte[] data = Files.readAllBytes(exec);
        Path truncated = Files.write(dir.resolve("truncated.exec"), Arrays.copyOf(data, data.length - 3));

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(truncated, List.of(classes)))
                .isInstanceOf(CoverageException.class)
                .hasMessageContaining(truncated.toString())
                .hasMessageContaining("truncated");
    }

    @Test
    void failsWhenTheExecFileHasNoSession() throws Exception {
        Path headerOnly = dir.resolve("header-only.exec");
        try (OutputStream out = Files.newOutputStream(headerOnly)) {
            new ExecutionDataWriter(out);
        }

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(headerOnly, List.of(classes)))
                .isInstanceOf(CoverageException.class)
                .hasMessageContaining(headerOnly.toString())
                .hasMessageContaining("has no session");
    }

    @Test
    void failsWhenAClassLocationIsMissing() {
        Path missing = dir.resolve("no-classes-here");

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(exec, List.of(classes, missing)))
                .isInstanceOf(CoverageException.class)
                .hasMessage("class location " + missing + " for coverage data " + exec
                        + " does not exist; compile the project first or fix the class folders");
    }

    @Test
    void failsWhenTheLocationsHoldNoClassFile() throws Exception {
        Path noClasses = Files.createDirectories(dir.resolve("empty-classes"));
        Files.writeString(noClasses.resolve("README.txt"), "no classes");

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(exec, List.of(noClasses)))
                .isInstanceOf(CoverageException.class)
                .hasMessage("no class files in " + noClasses + " to measure " + exec
                        + " against; compile the project first or fix the class folders");
    }

    @Test
    void failsWhenTheDataIsForOtherClasses() throws Exception {
        Path other = CoverageFixture.compile(dir.resolve("other"), Map.of("other.Thing", """
                package other;

                public class Thing {
                    public int one() {
                        return 1;
                    }
                }
                """));

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(exec, List.of(other)))
                .isInstanceOf(CoverageException.class)
                .hasMessage("coverage data in " + exec + " is for other classes than those in " + other
                        + "; give the class folders of the code the tests ran against,"
                        + " or check that the tests exercise it");
    }

    @Test
    void failsWhenTheDataIsForAnotherBuildOfAClass() throws Exception {
        Path rebuilt = CoverageFixture.compile(dir.resolve("rebuilt"),
                Map.of("demo.Calc", CALC.replace("return -x;", "return 0 - x;")));

        assertThatThrownBy(() -> CoverageAnalyzer.analyze(exec, List.of(rebuilt)))
                .isInstanceOf(CoverageException.class)
                .hasMessage("coverage data in " + exec + " does not match class demo.Calc in " + rebuilt
                        + ": it was recorded for a different build of the class; rebuild and run the step again");
    }

    private static double ratio(double[] missedCovered) {
        return missedCovered[1] / (missedCovered[0] + missedCovered[1]);
    }

    /** The report-level counters of JaCoCo's XML report, by type: {missed, covered}. */
    private static Map<String, double[]> jacocoXmlReportCounters(Path execFile, Path classFolder) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(execFile.toFile());
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classFolder.toFile());

        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        IReportVisitor visitor = new XMLFormatter().createVisitor(xml);
        visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
        visitor.visitBundle(builder.getBundle("reference"), new NoSources());
        visitor.visitEnd();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element report = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.toByteArray()))
                .getDocumentElement();
        Map<String, double[]> counters = new HashMap<>();
        for (Node child = report.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element counter && counter.getTagName().equals("counter")) {
                counters.put(counter.getAttribute("type"), new double[] {
                    Double.parseDouble(counter.getAttribute("missed")),
                    Double.parseDouble(counter.getAttribute("covered"))});
            }
        }
        return counters;
    }

    private static final class NoSources implements ISourceFileLocator {
        @Override
        public Reader getSourceFile(String packageName, String fileName) {
            return null;
        }

        @Override
        public int getTabWidth() {
            return 4;
        }
    }
}
