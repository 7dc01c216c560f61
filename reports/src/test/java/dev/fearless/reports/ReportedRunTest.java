package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.Verdict;

class ReportedRunTest {

    @TempDir
    Path dir;

    private final AtomicInteger engineRuns = new AtomicInteger();

    private Verdict go(GateRequest request, GateListener listener) {
        engineRuns.incrementAndGet();
        return new Verdict(Verdict.SCHEMA, request.gate(), Decision.GO, "all fine", 1, ExitCode.GO, List.of());
    }

    /** As the real engine does: the listener always hears the verdict. */
    private Verdict goAndTell(GateRequest request, GateListener listener) {
        Verdict verdict = go(request, listener);
        listener.gateFinished(verdict);
        return verdict;
    }

    private GateRequest request() {
        return GateRequest.builder("predeploy").projectDir(dir).reportDir(dir.resolve("report")).build();
    }

    @Test
    void writesTheVerdictAndReplacesTheOldOne() throws Exception {
        Files.createDirectories(dir.resolve("report"));
        Files.writeString(dir.resolve("report/verdict.json"), "{\"decision\":\"STOP\"}");

        ReportedRun.Result result = ReportedRun.run(request(), GateListener.NONE, this::go);

        assertThat(result.exitCode()).isZero();
        assertThat(result.verdictFile()).contains(dir.resolve("report/verdict.json"));
        assertThat(Files.readString(dir.resolve("report/verdict.json"))).contains("\"decision\" : \"GO\"");
    }

    @Test
    void refusesASecondRunOnTheSameDirectoryAndWritesNothing() throws Exception {
        Files.createDirectories(dir.resolve("report"));
        Files.writeString(dir.resolve("report/verdict.json"), "the first run's");

        ReportedRun.Result second;
        try (ReportDirLock first = ReportDirLock.tryAcquire(dir.resolve("report")).orElseThrow()) {
            second = ReportedRun.run(request(), GateListener.NONE, this::go);
        }

        assertThat(engineRuns).hasValue(0);
        assertThat(second.verdict().decision()).isEqualTo(Decision.ERROR);
        assertThat(second.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(second.verdict().reason()).isEqualTo("another Fearless run is writing to " + dir.resolve("report")
                + "; wait for it to end, or give this run another report directory");
        assertThat(second.verdictFile()).isEmpty();
        assertThat(Files.readString(dir.resolve("report/verdict.json"))).isEqualTo("the first run's");
    }

    @Test
    void deletesTheLastRunsOutputsForACallerAboutToCheckItsInput() throws Exception {
        Path report = Files.createDirectories(dir.resolve("report/junit"));
        Files.writeString(dir.resolve("report/verdict.json"), "{\"decision\":\"GO\"}");
        Files.writeString(dir.resolve("report/summary.md"), "**GO**");
        Files.writeString(report.resolve("TEST-predeploy.unit.xml"), "<testsuite/>");

        ReportedRun.deleteStaleOutputs(dir.resolve("report"));
        ReportedRun.deleteStaleOutputs(dir.resolve("never-created"));

        assertThat(dir.resolve("report/verdict.json")).doesNotExist();
        assertThat(dir.resolve("report/summary.md")).doesNotExist();
        assertThat(report.resolve("TEST-predeploy.unit.xml")).doesNotExist();
        assertThat(dir.resolve("never-created")).doesNotExist();
    }

    @Test
    void leavesAFolderWithoutAVerdictAndEveryAllureResultAlone() throws Exception {
        Path notTheGates = Files.createDirectories(dir.resolve("target/allure-results"));
        Files.writeString(notTheGates.resolve("x-result.json"), "{}");

        ReportedRun.deleteStaleOutputs(dir.resolve("target"));

        assertThat(notTheGates.resolve("x-result.json")).exists();
        assertThat(dir.resolve("target")).isDirectoryNotContaining("glob:**/.fearless*");

        Files.writeString(dir.resolve("target/verdict.json"), "{\"decision\":\"GO\"}");
        ReportedRun.deleteStaleOutputs(dir.resolve("target"));

        assertThat(dir.resolve("target/verdict.json")).doesNotExist();
        assertThat(notTheGates.resolve("x-result.json")).as("a refused run never clears Allure's results").exists();
    }

    @Test
    void leavesTheOutputsOfARunThatHoldsTheDirectory() throws Exception {
        Files.createDirectories(dir.resolve("report"));
        Files.writeString(dir.resolve("report/verdict.json"), "the running run's");

        try (ReportDirLock running = ReportDirLock.tryAcquire(dir.resolve("report")).orElseThrow()) {
            ReportedRun.deleteStaleOutputs(dir.resolve("report"));
        }

        assertThat(Files.readString(dir.resolve("report/verdict.json"))).isEqualTo("the running run's");
    }

    @Test
    void neverExitsWithZeroForAVerdictThatIsNotGo() {
        ReportedRun.Result result = ReportedRun.run(request(), GateListener.NONE, (request, listener) ->
                new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, "inconsistent", 1, ExitCode.GO, List.of()));

        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_RUN);
    }

    @Test
    void writesEveryReportAndDeletesTheOldOnes() throws Exception {
        Path report = dir.resolve("report");
        Files.createDirectories(report.resolve("junit"));
        Files.writeString(report.resolve("junit/TEST-predeploy.gone.xml"), "<testsuite/>");
        Files.writeString(report.resolve("summary.md"), "old");

        ReportedRun.run(request(), GateListener.NONE, (request, listener) -> GeneratedRun.play(listener, 300),
                name -> null);

        try (var files = Files.walk(report)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> report.relativize(file).toString()))
                    .containsExactlyInAnyOrder("verdict.json", "summary.md", "report.html",
                            "junit/TEST-predeploy.unit.xml", ".fearless.lock");
        }
        assertThat(Files.readString(report.resolve("summary.md"))).startsWith("## Fearless gate predeploy: **STOP**");
    }

    @Test
    void failsLoudlyWhenAReportCannotBeWrittenButKeepsTheVerdict() throws Exception {
        Path notAFile = Files.createDirectories(dir.resolve("summary-is-a-folder"));

        assertThatThrownBy(() -> ReportedRun.run(request(), GateListener.NONE, this::goAndTell,
                Map.of(ReportWriters.GITHUB_STEP_SUMMARY, notAFile.toString())::get))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot write the job summary " + notAFile + " (GITHUB_STEP_SUMMARY): ");
        assertThat(Files.readString(dir.resolve("report/verdict.json"))).contains("\"decision\" : \"GO\"");
    }
}
