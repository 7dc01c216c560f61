package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.Verdict;
import dev.fearless.reports.VerdictFile;
import dev.fearless.reports.allure.AllureDistribution;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** {@code fearless report} with Allure's real generator, unpacked from the zip the build copies into target/. */
class ReportCommandTest {

    private static Path allureHome;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeAll
    static void unpackAllure() {
        Path zip = Path.of(System.getProperty("fearless.test.allureZip"));
        allureHome = AllureDistribution.unpack(zip, Path.of("target/allure-cache"));
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        int exitCode = run(dir, "report", "--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("--report-dir=DIR", "--allure-home=DIR", "--cache-dir=DIR", "Exit codes:",
                "0   the report was generated", "2   usage error, or no Allure distribution",
                "3   the report could not be generated");
    }

    @Test
    void generatesTheReportOfTheLastRun() throws Exception {
        Path reportDir = gateRun();

        int exitCode = run(dir.resolve("no-repository"), "report", "--report-dir", reportDir.toString(),
                "--allure-home", allureHome.toString());

        assertThat(exitCode).as(err.toString()).isZero();
        Path index = reportDir.resolve("allure-report/index.html");
        assertThat(index).isRegularFile();
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("Allure report: " + index + "\n");
        assertThat(Files.readString(reportDir.resolve("allure-report/widgets/environment.json")))
                .contains("{\"values\":[\"GO\"],\"name\":\"fearless.decision\"}");
    }

    @Test
    void takesTheZipFromTheLocalMavenRepository() throws Exception {
        Path repository = dir.resolve("repository");
        Path zip = AllureDistribution.zipIn(repository);
        Files.createDirectories(zip.getParent());
        Files.copy(Path.of(System.getProperty("fearless.test.allureZip")), zip);
        Path reportDir = gateRun();

        int exitCode = run(repository, "report", "--report-dir", reportDir.toString(),
                "--cache-dir", dir.resolve("cache").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(reportDir.resolve("allure-report/index.html")).isRegularFile();
        assertThat(dir.resolve("cache/allure-commandline-" + AllureDistribution.version())).isDirectory();
    }

    @Test
    void aMissingDistributionIsAUsageErrorThatSaysWhatToRun() throws Exception {
        Path repository = dir.resolve("repository");

        int exitCode = run(repository, "report", "--report-dir", gateRun().toString());

        assertThat(exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("fearless: no Allure distribution: "
                + AllureDistribution.zipIn(repository) + " is missing; run 'mvn dependency:get"
                + " -Dartifact=io.qameta.allure:allure-commandline:" + AllureDistribution.version() + ":zip'"
                + " or give --allure-home DIR");
    }

    @Test
    void noResultsCannotBeReported() throws Exception {
        Path reportDir = dir.resolve("report");
        VerdictFile.write(reportDir, go());

        int exitCode = run(dir.resolve("no-repository"), "report", "--report-dir", reportDir.toString(),
                "--allure-home", allureHome.toString());

        assertThat(exitCode).isEqualTo(ExitCode.NOT_RUN);
        assertThat(err.toString()).startsWith("fearless: no Allure results in " + reportDir.resolve("allure-results")
                + ": run a gate first;");
        assertThat(reportDir.resolve("allure-report")).doesNotExist();
    }

    /** What a GO run of one passing test leaves in its report directory. */
    private Path gateRun() throws Exception {
        Path reportDir = dir.resolve("report");
        VerdictFile.write(reportDir, go());
        Path results = Files.createDirectories(reportDir.resolve("allure-results"));
        Files.writeString(results.resolve("3c1f0e52-1b7e-4a4e-9a51-0d5a2c7f4b11-result.json"), """
                {"uuid":"3c1f0e52-1b7e-4a4e-9a51-0d5a2c7f4b11","historyId":"shop.CartTest.addsItems",
                 "name":"addsItems()","fullName":"shop.CartTest.addsItems","status":"passed","stage":"finished",
                 "start":1700000000000,"stop":1700000000050,
                 "labels":[{"name":"layer","value":"unit"},{"name":"suite","value":"shop.CartTest"}]}
                """);
        return reportDir;
    }

    private static Verdict go() {
        return new Verdict(Verdict.SCHEMA, "predeploy", Decision.GO, "every rule held", 20, ExitCode.GO, List.of());
    }

    private int run(Path localRepository, String... args) {
        PrintStream consoleStream = new PrintStream(console, true, StandardCharsets.UTF_8);
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ReportCommand.class ? type.cast(new ReportCommand(localRepository, consoleStream))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = FearlessCli.newCommandLine(factory);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
