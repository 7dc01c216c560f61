package dev.fearless.reports;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.apiguardian.api.API;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateEngine;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.Verdict;

/**
 * One gate run with its reports, the way the CLI and the Maven plugin both do it: lock the report directory,
 * delete the old verdict and reports, run the engine while {@link ReportWriters} streams the JUnit XML, Markdown and
 * HTML reports, write the new verdict. A report that could not be written throws {@link UncheckedIOException}
 * after the verdict is written. A second run on the same directory is refused
 * with a clear reason and writes nothing, so it cannot spoil the first one's output.
 *
 * <pre>{@code
 * ReportedRun.Result result = ReportedRun.run(request, new ConsoleReporter(System.out, false));
 * System.exit(result.exitCode());
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ReportedRun {

    /**
     * The outcome of a run.
     *
     * @param verdict     the verdict
     * @param verdictFile where it was written, or empty when nothing was written (the directory was busy)
     */
    public record Result(Verdict verdict, Optional<Path> verdictFile) {

        /** The exit code for the process; never 0 unless the verdict is GO. */
        public int exitCode() {
            return !verdict.isGo() && verdict.exitCode() == ExitCode.GO ? ExitCode.NOT_RUN : verdict.exitCode();
        }
    }

    private ReportedRun() {
    }

    /**
     * Deletes the verdict and the reports an earlier gate run left in {@code reportDir}, for a caller that is about
     * to check its input: call this first, so that input refused before the run starts cannot leave the previous
     * run's GO behind for a pipeline to read. Only a folder that holds a {@code verdict.json} is touched, and the
     * Allure results are left alone: a refused command line may name a folder that is not the gate's (a
     * {@code --report-dir target}, where Allure's own results live). Does nothing while another run holds the
     * folder (the files are that run's, and it replaces them itself).
     *
     * @throws UncheckedIOException when the directory cannot be locked or an old file cannot be deleted
     */
    public static void deleteStaleOutputs(Path reportDir) {
        if (!Files.isRegularFile(reportDir.resolve(VerdictFile.FILE_NAME))) {
            return;
        }
        try {
            Optional<ReportDirLock> lock = ReportDirLock.tryAcquire(reportDir);
            if (lock.isPresent()) {
                try (ReportDirLock held = lock.get()) {
                    VerdictFile.deleteStale(reportDir);
                    ReportWriters.deleteStale(reportDir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the report directory " + reportDir + " to delete the last"
                    + " run's verdict: " + e + "; check that it is writable", e);
        }
    }

    /** Runs {@code request} with the real engine. */
    public static Result run(GateRequest request, GateListener listener) {
        return run(request, listener, new GateEngine()::run);
    }

    /** Runs {@code request} with {@code engine}; for tests of callers. */
    public static Result run(GateRequest request, GateListener listener,
            BiFunction<GateRequest, GateListener, Verdict> engine) {
        return run(request, listener, engine, System::getenv);
    }

    /** Runs {@code request} with {@code engine}, reading environment variables through {@code env}. */
    static Result run(GateRequest request, GateListener listener,
            BiFunction<GateRequest, GateListener, Verdict> engine, UnaryOperator<String> env) {
        Path reportDir = request.reportDir();
        Optional<ReportDirLock> lock;
        try {
            lock = ReportDirLock.tryAcquire(reportDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the report directory " + reportDir + ": " + e
                    + "; check that it is writable", e);
        }
        if (lock.isEmpty()) {
            Verdict busy = Verdict.error(request.gate(), "another Fearless run is writing to " + reportDir
                    + "; wait for it to end, or give this run another report directory", 0, ExitCode.NOT_RUN);
            listener.gateFinished(busy);
            return new Result(busy, Optional.empty());
        }
        try (ReportDirLock held = lock.get(); ReportWriters reports = new ReportWriters(reportDir, env)) {
            VerdictFile.deleteStale(reportDir);
            ReportWriters.deleteStale(reportDir);
            // Allure reads every result in the folder: an earlier run's would be counted as this one's.
            dev.fearless.reports.allure.AllureReport.deleteStaleResults(reportDir);
            Verdict verdict = engine.apply(request, GateListener.of(listener, reports));
            Path verdictFile = VerdictFile.write(reportDir, verdict);
            // The verdict is on disk first: a report that failed must not cost the pipeline its decision file.
            reports.checkWritten();
            return new Result(verdict, Optional.of(verdictFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + reportDir + ": " + e, e);
        }
    }
}
