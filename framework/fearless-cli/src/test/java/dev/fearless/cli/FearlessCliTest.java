package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateEngine;
import dev.fearless.engine.GateException;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.Verdict;
import dev.fearless.reports.VerdictJson;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

class FearlessCliTest {

    private static final String STOP_REASON = "step unit: coverage.line is 0.5000, but expected minimum is 0.8500";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<GateRequest> requests = new ArrayList<>();
    private Path testClasses;

    @BeforeEach
    void createTestClasses() throws Exception {
        testClasses = Files.createDirectories(dir.resolve("test-classes"));
    }

    @Test
    void helpListsEveryExitCode() {
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"gate", "--help"})) {
            int exitCode = run(engineReturning(null), help);

            assertThat(exitCode).isZero();
            assertThat(out.toString()).contains("Exit codes:", "0   GO", "1   STOP",
                    "2   usage or configuration error", "3   the tests could not be run");
        }
    }

    @Test
    void versionIsTheProjectVersion() {
        int exitCode = run(engineReturning(null), "--version");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).startsWith("fearless ").doesNotContain("${").doesNotContain("unknown");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithASuggestion() {
        int exitCode = run(engineReturning(null), "gate", "predeploy", "--scan-clas-path");

        assertThat(exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("fearless: Unknown option: '--scan-clas-path'")
                .contains("--scan-class-path")
                .contains("Try 'fearless gate --help' for the options.");
    }

    @Test
    void aGateWithoutNameIsAUsageError() {
        int exitCode = run(engineReturning(null), "gate");

        assertThat(exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("fearless: Missing required parameter: 'GATE'");
    }

    @Test
    void noCommandIsAUsageError() {
        int exitCode = run(engineReturning(null));

        assertThat(exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("fearless: Missing required subcommand");
    }

    @Test
    void missingTestRootsAreAUsageErrorForAGateWithTestsAndRunNothing() throws Exception {
        Path reportDir = dir.resolve("report");

        int exitCode = run(new GateEngine()::run, "gate", "predeploy", "--project-dir", dir.toString(),
                "--report-dir", reportDir.toString());

        assertThat(exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(console()).contains("Fearless gate predeploy: ERROR — no test roots: gate predeploy runs tests in"
                + " step(s) unit, module; give --scan-class-path DIR");
        assertThat(Files.readString(reportDir.resolve("verdict.json"))).contains("\"steps\" : [ ]");
    }

    @Test
    void writesTheVerdictAndExitsWithItsCode() throws Exception {
        Verdict stop = new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, STOP_REASON, 20, ExitCode.STOP,
                List.of());
        Path reportDir = dir.resolve("report");

        int exitCode = run(engineReturning(stop), "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--report-dir", reportDir.toString());

        assertThat(exitCode).isEqualTo(ExitCode.STOP);
        assertThat(requests).singleElement().extracting(GateRequest::reportDir).isEqualTo(reportDir);
        assertThat(Files.readString(reportDir.resolve("verdict.json"))).isEqualTo(VerdictJson.toJson(stop));
        assertThat(console()).endsWith("Fearless gate predeploy: STOP — " + STOP_REASON + "\n"
                + "Verdict: " + reportDir.resolve("verdict.json") + "\n");
    }

    @Test
    void deletesTheVerdictOfTheLastRunBeforeTheGateRuns() throws Exception {
        Path reportDir = Files.createDirectories(dir.resolve("report"));
        Files.writeString(reportDir.resolve("verdict.json"), "{\"decision\" : \"GO\"}");
        List<Boolean> staleVerdictSeen = new ArrayList<>();
        BiFunction<GateRequest, GateListener, Verdict> engine = (request, listener) -> {
            staleVerdictSeen.add(Files.exists(reportDir.resolve("verdict.json")));
            return finished(listener, Verdict.error("predeploy", "fearless.yml:3:5: unknown key", 1, ExitCode.USAGE));
        };

        int exitCode = run(engine, "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--report-dir", reportDir.toString());

        assertThat(staleVerdictSeen).containsExactly(false);
        assertThat(exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(reportDir.resolve("verdict.json"))).contains("\"decision\" : \"ERROR\"");
    }

    @Test
    void aRefusedCommandLineDeletesTheVerdictOfTheLastRun() throws Exception {
        Path reportDir = Files.createDirectories(dir.resolve("report"));
        List<List<String>> refused = List.of(
                List.of("--scan-class-path=" + dir.resolve("nonexist")),
                List.of("--scan-class-path=" + testClasses, "--include-classname", "(["),
                List.of("--scan-class-path=" + testClasses, "--project-dir", dir.resolve("nonexist").toString()),
                // picocli refuses these before the command runs, with --report-dir not yet parsed.
                List.of("--scan-clas-path", "--report-dir", reportDir.toString()),
                List.of("--scan-class-path=" + testClasses, "--keep-going=maybe", "--report-dir",
                        reportDir.toString()));

        for (List<String> options : refused) {
            Files.writeString(reportDir.resolve("verdict.json"), "{\"decision\" : \"GO\"}");
            Files.writeString(reportDir.resolve("summary.md"), "## Fearless gate predeploy: **GO**");
            List<String> args = new ArrayList<>(List.of("gate", "predeploy", "--report-dir", reportDir.toString()));
            args.addAll(options);

            int exitCode = run(engineReturning(null), args.toArray(String[]::new));

            assertThat(exitCode).as(err.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(reportDir.resolve("verdict.json")).as(options.toString()).doesNotExist();
            assertThat(reportDir.resolve("summary.md")).as(options.toString()).doesNotExist();
        }
        assertThat(requests).isEmpty();
    }

    @Test
    void anEmptyReportDirectoryOrAFileIsRefusedAndNothingIsDeleted() throws Exception {
        Path file = Files.writeString(dir.resolve("verdict.json"), "{\"decision\" : \"GO\"}");

        int empty = run(engineReturning(null), "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--report-dir", "");
        int emptyAndRefused = run(engineReturning(null), "gate", "predeploy", "--report-dir", "", "--bogus");
        int aFile = run(engineReturning(null), "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--report-dir", file.toString());

        assertThat(List.of(empty, emptyAndRefused, aFile)).containsOnly(ExitCode.USAGE);
        assertThat(err.toString()).contains("fearless: --report-dir is empty; give the folder for verdict.json")
                .contains("fearless: --report-dir " + file + " is a file, not a folder");
        // '' would be the current folder: a refused command line must not delete the verdict and reports there.
        assertThat(RefusedGateArguments.reportDirectory(new String[] {"predeploy", "--report-dir", "", "--bogus"}))
                .isEmpty();
        assertThat(file).hasContent("{\"decision\" : \"GO\"}");
        assertThat(requests).isEmpty();
    }

    @Test
    void aRefusedCommandLineDeletesTheVerdictInTheDefaultReportDirectory() throws Exception {
        Path reportDir = Files.createDirectories(dir.resolve(GateCommand.DEFAULT_REPORT_DIR));
        Files.writeString(reportDir.resolve("verdict.json"), "{\"decision\" : \"GO\"}");

        int exitCode = run(engineReturning(null), "gate", "predeploy", "--unknown", "--project-dir", dir.toString());

        assertThat(exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(reportDir.resolve("verdict.json")).doesNotExist();
    }

    @Test
    void aProjectDirThatIsNotAFolderIsAUsageErrorNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("pom.xml"), "<project/>");

        int missing = run(engineReturning(null), "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--project-dir", dir.resolve("nonexist").toString());
        int notAFolder = run(engineReturning(null), "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--project-dir", file.toString());

        assertThat(missing).isEqualTo(ExitCode.USAGE);
        assertThat(notAFolder).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString())
                .contains("fearless: --project-dir " + dir.resolve("nonexist") + " does not exist; give the project's"
                        + " folder (where fearless.yml is looked for), or leave the option out to use the current"
                        + " folder\n")
                .contains("fearless: --project-dir " + file + " is a file; give the project's folder");
        assertThat(requests).isEmpty();
    }

    @Test
    void aVerdictThatIsNotGoNeverExitsWithZero() {
        Verdict inconsistent = new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, STOP_REASON, 20, ExitCode.GO,
                List.of());

        int exitCode = run(engineReturning(inconsistent), "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--report-dir", dir.resolve("report").toString());

        assertThat(exitCode).isEqualTo(ExitCode.NOT_RUN);
    }

    @Test
    void aGateExceptionKeepsItsExitCodeAndMessage() {
        BiFunction<GateRequest, GateListener, Verdict> engine = (request, listener) -> {
            throw GateException.usage("unknown gate nightly; known gates: predeploy, postdeploy");
        };

        int exitCode = run(engine, "gate", "nightly", "--scan-class-path=" + testClasses,
                "--report-dir", dir.resolve("report").toString());

        assertThat(exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).isEqualTo("fearless: unknown gate nightly; known gates: predeploy, postdeploy\n");
    }

    @Test
    void anUnexpectedErrorIsOneLineAndExitCodeThree() {
        BiFunction<GateRequest, GateListener, Verdict> engine = (request, listener) -> {
            throw new IllegalStateException("fork protocol out of sync");
        };

        int exitCode = run(engine, "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--report-dir", dir.resolve("report").toString());

        assertThat(exitCode).isEqualTo(ExitCode.NOT_RUN);
        assertThat(err.toString()).isEqualTo("fearless: unexpected java.lang.IllegalStateException: fork protocol out"
                + " of sync (--verbose prints the stack trace)\n");
        assertThat(dir.resolve("report/verdict.json")).doesNotExist();
    }

    @Test
    void verbosePrintsTheStackTrace() {
        BiFunction<GateRequest, GateListener, Verdict> engine = (request, listener) -> {
            throw new IllegalStateException("fork protocol out of sync");
        };

        int exitCode = run(engine, "gate", "predeploy", "--scan-class-path=" + testClasses,
                "--report-dir", dir.resolve("report").toString(), "--verbose");

        assertThat(exitCode).isEqualTo(ExitCode.NOT_RUN);
        assertThat(err.toString()).startsWith("fearless: unexpected java.lang.IllegalStateException: fork protocol"
                + " out of sync\njava.lang.IllegalStateException: fork protocol out of sync\n\tat ");
    }

    private BiFunction<GateRequest, GateListener, Verdict> engineReturning(Verdict verdict) {
        return (request, listener) -> finished(listener, verdict);
    }

    private static Verdict finished(GateListener listener, Verdict verdict) {
        listener.gateFinished(verdict);
        return verdict;
    }

    private int run(BiFunction<GateRequest, GateListener, Verdict> engine, String... args) {
        BiFunction<GateRequest, GateListener, Verdict> recording = (request, listener) -> {
            requests.add(request);
            return engine.apply(request, listener);
        };
        PrintStream consoleStream = new PrintStream(console, true, StandardCharsets.UTF_8);
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == GateCommand.class ? type.cast(new GateCommand(recording, consoleStream, false))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = FearlessCli.newCommandLine(factory);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
