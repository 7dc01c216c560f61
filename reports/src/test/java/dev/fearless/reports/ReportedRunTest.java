package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void neverExitsWithZeroForAVerdictThatIsNotGo() {
        ReportedRun.Result result = ReportedRun.run(request(), GateListener.NONE, (request, listener) ->
                new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, "inconsistent", 1, ExitCode.GO, List.of()));

        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_RUN);
    }
}
