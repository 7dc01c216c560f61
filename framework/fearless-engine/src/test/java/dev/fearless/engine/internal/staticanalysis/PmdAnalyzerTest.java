package dev.fearless.engine.internal.staticanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.FindingCounts;

class PmdAnalyzerTest {

    @TempDir
    Path dir;

    @Test
    void writesPmdsXmlReportAndCountsItsViolations() throws Exception {
        Path src = dir.resolve("src/main/java");
        write(src.resolve("demo/Holder.java"), """
                package demo;

                public class Holder {
                    private int unused;

                    public int answer() {
                        return 42;
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        Path report = dir.resolve("reports/static/pmd.xml");

        FindingCounts counts = PmdAnalyzer.analyze(List.of(src), List.of(classes), report);

        assertThat(report).exists();
        assertThat(Files.readString(report)).contains("UnusedPrivateField");
        // UnusedPrivateField has PMD priority 3.
        assertThat(counts.major()).isPositive();
        assertThat(counts).isEqualTo(FindingsReader.read(report));
    }

    @Test
    void countsAFileItCannotParseAsAnError() throws Exception {
        Path src = dir.resolve("src");
        write(src.resolve("demo/Fine.java"), "package demo;\n\npublic class Fine {\n}\n");
        write(src.resolve("demo/Broken.java"), "package demo;\n\npublic class Broken {\n    void m( {\n");
        Path report = dir.resolve("pmd.xml");

        FindingCounts counts = PmdAnalyzer.analyze(List.of(src), List.of(), report);

        assertThat(counts.error()).isEqualTo(1);
        assertThat(Files.readString(report)).contains("Broken.java");
    }

    @Test
    void skipsMissingRootsWhenAnotherHasSources() throws Exception {
        Path src = dir.resolve("src");
        write(src.resolve("demo/Fine.java"), "package demo;\n\npublic class Fine {\n}\n");

        FindingCounts counts = PmdAnalyzer.analyze(List.of(dir.resolve("generated"), src), List.of(),
                dir.resolve("pmd.xml"));

        assertThat(counts).isEqualTo(FindingCounts.NONE);
    }

    @Test
    void failsWhenThereIsNoJavaSourceToAnalyze() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("src/main/java"));
        write(empty.resolve("notes.txt"), "no sources");
        Path missing = dir.resolve("src/gen");

        assertThatThrownBy(() -> PmdAnalyzer.analyze(List.of(empty, missing), List.of(), dir.resolve("pmd.xml")))
                .isInstanceOf(StaticAnalysisException.class)
                .hasMessage("nothing to analyze: no Java source under " + empty + ", " + missing
                        + "; configure a report under the static step's reports: or give source roots");
    }

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
