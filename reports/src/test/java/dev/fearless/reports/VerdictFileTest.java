package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictFileTest {

    @TempDir
    Path dir;

    @Test
    void writesVerdictJsonAndLeavesNoTemporaryFile() throws Exception {
        Path reportDir = dir.resolve("fearless-report");

        Path file = VerdictFile.write(reportDir, Verdicts.stop());

        assertThat(file).isEqualTo(reportDir.resolve("verdict.json"));
        assertThat(Files.readString(file)).isEqualTo(VerdictJson.toJson(Verdicts.stop()));
        assertThat(list(reportDir)).containsExactly("verdict.json");
    }

    @Test
    void replacesTheVerdictOfAnEarlierRun() throws Exception {
        VerdictFile.write(dir, Verdicts.stop());

        Path file = VerdictFile.write(dir, Verdicts.go());

        assertThat(Files.readString(file)).isEqualTo(VerdictJson.toJson(Verdicts.go()));
        assertThat(list(dir)).containsExactly("verdict.json");
    }

    @Test
    void leavesNoTemporaryFileWhenTheVerdictCannotBeWritten() throws Exception {
        // A non-empty folder where verdict.json should go: the rename fails after the temporary file was written.
        Files.createDirectories(dir.resolve("verdict.json").resolve("in-the-way"));

        assertThatThrownBy(() -> VerdictFile.write(dir, Verdicts.go()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write the verdict " + dir.resolve("verdict.json"));
        assertThat(list(dir)).containsExactly("verdict.json");
    }

    @Test
    void deleteStaleRemovesTheOldVerdictAndLeftoverTemporaryFiles() throws Exception {
        VerdictFile.write(dir, Verdicts.go());
        Files.writeString(dir.resolve(".verdict.json.1234.tmp"), "{\"schema\"");
        Files.writeString(dir.resolve("output.txt"), "kept");

        VerdictFile.deleteStale(dir);

        assertThat(list(dir)).containsExactly("output.txt");
    }

    @Test
    void deleteStaleDoesNothingWhenTheReportDirectoryDoesNotExist() {
        Path missing = dir.resolve("missing");

        VerdictFile.deleteStale(missing);

        assertThat(missing).doesNotExist();
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
