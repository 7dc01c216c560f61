package dev.fearless.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.fearless.engine.ExitCode;
import dev.fearless.reports.allure.AllureDistribution;
import dev.fearless.reports.allure.AllureReport;
import dev.fearless.reports.allure.AllureReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fearless report --report-dir DIR}: the Allure report of the last gate run in DIR. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generates the Allure report of the last gate run: REPORT_DIR/allure-report/index.html, from"
                + " REPORT_DIR/allure-results and REPORT_DIR/verdict.json, with Allure's own generator.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was generated", ReportCommand.EXIT_USAGE,
            "3:the report could not be generated (no results or verdict: run a gate first; the generator failed)"},
        footerHeading = "%n", footer = {
            "Without --allure-home, the distribution is taken from the local Maven repository"
                    + " (-Dmaven.repo.local, default ~/.m2/repository) and unpacked once into CACHE_DIR.",
            "%nExample:",
            "  fearless report --report-dir target/fearless"})
final class ReportCommand implements Callable<Integer> {

    static final String EXIT_USAGE = "2:usage error, or no Allure distribution (give --allure-home)";

    @Spec
    CommandSpec spec;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = GateCommand.DEFAULT_REPORT_DIR,
            description = "The gate's report directory, with verdict.json and allure-results (default: the gate's,"
                    + " ./" + GateCommand.DEFAULT_REPORT_DIR + ").")
    Path reportDir;

    @Option(names = "--allure-home", paramLabel = "DIR",
            description = "An unpacked allure-commandline distribution (the folder with bin/ and lib/), or its zip.")
    Path allureHome;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where a zip is unpacked, once (default: ~/.fearless).")
    Path cacheDir;

    private final Path localRepository;
    private final PrintStream console;

    ReportCommand() {
        this(localRepository(), System.out);
    }

    ReportCommand(Path localRepository, PrintStream console) {
        this.localRepository = localRepository;
        this.console = console;
    }

    @Override
    public Integer call() {
        BackgroundPreload.await();
        Path reports = reportDir.toAbsolutePath().normalize();
        try {
            // Before the distribution is looked for: with nothing to report, that is the error to fix first.
            AllureReport.requireResults(reports);
            Path index = AllureReport.generate(reports, distribution());
            console.println("Allure report: " + index);
            console.flush();
            return ExitCode.GO;
        } catch (AllureReportException e) {
            spec.commandLine().getErr().println("fearless: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCode.NOT_RUN;
        }
    }

    /** The distribution to run; a missing one is a usage error that says what to run or give. */
    private AllureDistribution distribution() {
        Path cache = cacheDir == null ? AllureDistribution.defaultCacheDir() : cacheDir;
        try {
            if (allureHome != null) {
                return AllureDistribution.at(Files.isRegularFile(allureHome)
                        ? AllureDistribution.unpack(allureHome, cache) : allureHome);
            }
            Path zip = AllureDistribution.zipIn(localRepository);
            if (!Files.isRegularFile(zip)) {
                throw new ParameterException(spec.commandLine(), "no Allure distribution: " + zip + " is missing;"
                        + " run 'mvn dependency:get -Dartifact=" + AllureDistribution.GROUP_ID + ":"
                        + AllureDistribution.ARTIFACT_ID + ":" + AllureDistribution.version() + ":zip'"
                        + " or give --allure-home DIR");
            }
            return AllureDistribution.at(AllureDistribution.unpack(zip, cache));
        } catch (AllureReportException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, null);
        }
    }

    /** Maven's local repository, as Maven finds it without settings.xml: {@code -Dmaven.repo.local} or ~/.m2. */
    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
