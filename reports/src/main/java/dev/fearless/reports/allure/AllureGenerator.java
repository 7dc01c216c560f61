package dev.fearless.reports.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apiguardian.api.API;

/**
 * Runs Allure's own generator ({@code allure generate --clean -o REPORT RESULTS}) in a separate JVM, from an unpacked
 * {@link AllureDistribution}: the generator's dependencies (Jackson, Freemarker, logback, ...) never meet Maven's or
 * the CLI's class path, and a generator that hangs is killed after a timeout.
 *
 * <pre>{@code
 * Path index = new AllureGenerator(AllureDistribution.at(home))
 *         .generate(reportDir.resolve("allure-results"), reportDir.resolve("allure-report"));
 * }</pre>
 *
 * <p>Its output goes to {@code allure-generate.log} next to the report folder; when it fails, the exception carries
 * the log's last lines.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllureGenerator {

    /** The default time the generator may take; thousands of results take well under a minute. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    /** The generator's output, next to the report folder. */
    public static final String LOG_FILE = "allure-generate.log";

    private static final int TAIL_LINES = 20;

    private final AllureDistribution distribution;
    private final Duration timeout;

    /** A generator with {@link #DEFAULT_TIMEOUT}. */
    public AllureGenerator(AllureDistribution distribution) {
        this(distribution, DEFAULT_TIMEOUT);
    }

    /** A generator that is killed after {@code timeout}. */
    public AllureGenerator(AllureDistribution distribution, Duration timeout) {
        this.distribution = distribution;
        this.timeout = timeout;
    }

    /**
     * Generates the report from {@code resultsDir} into {@code reportDir}, replacing what was there, and returns its
     * {@code index.html}.
     *
     * @throws AllureReportException when {@code resultsDir} holds no test result, or the generator fails, times out
     *                               or writes no {@code index.html}
     */
    public Path generate(Path resultsDir, Path reportDir) {
        requireResults(resultsDir);
        Path report = reportDir.toAbsolutePath().normalize();
        Path log = report.resolveSibling(LOG_FILE);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", distribution.classPath(),
                AllureDistribution.MAIN_CLASS,
                "generate", "--clean", "-o", report.toString(), resultsDir.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // bin/allure exports APP_HOME; Allure reads config/allure.yml (which plugins to load) from it.
        builder.environment().put("APP_HOME", distribution.home().toString());
        int exitCode = run(builder, log);
        Path index = report.resolve("index.html");
        if (exitCode != 0) {
            throw new AllureReportException("Allure's generator failed with exit code " + exitCode + " (" + log
                    + "):\n" + tail(log));
        }
        if (!Files.isRegularFile(index)) {
            throw new AllureReportException("Allure's generator ended without writing " + index + " (" + log
                    + "):\n" + tail(log));
        }
        return index;
    }

    /** Fails closed: a report without results would look like a run with nothing to show, which it is not. */
    static void requireResults(Path resultsDir) {
        if (!Files.isDirectory(resultsDir)) {
            throw new AllureReportException("no Allure results in " + resultsDir + ": run a gate first; its test JVMs"
                    + " write them there when the tests depend on fearless-framework (allure-jupiter)");
        }
        try (Stream<Path> files = Files.list(resultsDir)) {
            if (files.noneMatch(file -> file.getFileName().toString().endsWith("-result.json"))) {
                throw new AllureReportException("no Allure results in " + resultsDir + ": no *-result.json; run a"
                        + " gate first; its test JVMs write them there when the tests depend on fearless-framework"
                        + " (allure-jupiter)");
            }
        } catch (IOException e) {
            throw new AllureReportException("cannot list the Allure results in " + resultsDir + ": " + e, e);
        }
    }

    private int run(ProcessBuilder builder, Path log) {
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new AllureReportException("cannot start Allure's generator (" + builder.command().get(0) + "): "
                    + e, e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AllureReportException("Allure's generator ran longer than " + timeout + " and was killed ("
                        + log + "):\n" + tail(log));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AllureReportException("interrupted while Allure's generator ran; it was killed", e);
        }
    }

    /** The log's last lines, in the platform's charset, which is what the child JVM writes in. */
    private static String tail(Path log) {
        Deque<String> lines = new ArrayDeque<>();
        try (Stream<String> all = Files.lines(log, Charset.defaultCharset())) {
            all.forEach(line -> {
                lines.addLast(line);
                if (lines.size() > TAIL_LINES) {
                    lines.removeFirst();
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(its output " + log + " cannot be read: " + e + ")";
        }
        return lines.isEmpty() ? "(no output)" : String.join("\n", lines);
    }
}
