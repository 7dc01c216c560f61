package dev.fearless.reports;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apiguardian.api.API;

import dev.fearless.engine.GateListener;
import dev.fearless.engine.PackageCoverage;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.Verdict;
import dev.fearless.engine.config.StepDefinition;

/**
 * Writes the reports people read into a report directory, as the gate runs:
 *
 * <ul>
 * <li>{@code junit/TEST-<gate>.<step>.xml}: each test step's tests in Surefire's format, written when the step
 * ends;</li>
 * <li>{@code summary.md}: the verdict in Markdown, also appended to the file {@code GITHUB_STEP_SUMMARY} names when
 * that variable is set (a GitHub Actions job summary);</li>
 * <li>{@code report.html}: one self-contained page with the steps, rules, coverage, charts and failures.</li>
 * </ul>
 *
 * <p>It streams: tests are written out as they end, and only counts and the first failures are kept, so memory does
 * not grow with the number of tests. Every file is written to a temporary file and renamed. A report that cannot be
 * written does not change the gate's decision, but is never lost silently: {@link #checkWritten()} throws for it.
 * {@link ReportedRun} does all of this; use this class directly only with a {@link dev.fearless.engine.GateEngine}
 * of your own:
 *
 * <pre>{@code
 * try (ReportWriters reports = new ReportWriters(reportDir)) {
 *     Verdict verdict = new GateEngine().run(request, GateListener.of(console, reports));
 *     reports.checkWritten();
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReportWriters implements GateListener, AutoCloseable {

    /** The Markdown summary's file name in the report directory. */
    public static final String SUMMARY_FILE = MarkdownSummary.FILE_NAME;
    /** The HTML report's file name in the report directory. */
    public static final String HTML_FILE = HtmlReport.FILE_NAME;
    /** The folder of the JUnit XML reports in the report directory. */
    public static final String JUNIT_DIR = JUnitXmlReport.DIR;
    /** The environment variable naming the file GitHub Actions shows as the job's summary. */
    public static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private final Path reportDir;
    private final UnaryOperator<String> env;
    private final JUnitXmlReport junit;
    private final FailureSamples failures = new FailureSamples();
    /** Per step: one row per package of the code under test, so bounded by the code's size, not the tests'. */
    private final java.util.Map<String, List<PackageCoverage>> coverageByPackage = new java.util.LinkedHashMap<>();
    private final List<Path> written = new ArrayList<>();
    private IOException junitFailure;
    private UncheckedIOException firstFailure;

    /** Reports into {@code reportDir}, reading {@code GITHUB_STEP_SUMMARY} from this process's environment. */
    public ReportWriters(Path reportDir) {
        this(reportDir, System::getenv);
    }

    /**
     * Reports into {@code reportDir}, reading environment variables through {@code env} (tests give a map's
     * {@code get}).
     */
    public ReportWriters(Path reportDir, UnaryOperator<String> env) {
        this.reportDir = reportDir;
        this.env = env;
        this.junit = new JUnitXmlReport(reportDir);
    }

    /**
     * Deletes the reports of an earlier run (and temporary files a killed run left), so that a run that dies early
     * leaves no report rather than stale ones.
     *
     * @throws UncheckedIOException when an old report exists but cannot be deleted
     */
    public static void deleteStale(Path reportDir) {
        try {
            Files.deleteIfExists(reportDir.resolve(SUMMARY_FILE));
            Files.deleteIfExists(reportDir.resolve(HTML_FILE));
            AtomicFile.deleteLeftovers(reportDir);
            JUnitXmlReport.deleteStale(reportDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old reports in " + reportDir + ": " + e
                    + "; delete them or choose another report directory", e);
        }
    }

    @Override
    public void gateStarted(String gate, List<StepDefinition> steps) {
        junit.gateStarted(gate);
    }

    @Override
    public void testFinished(StepDefinition step, TestResult result) {
        failures.add(step.name(), result);
        if (junitFailure == null) {
            try {
                junit.testFinished(step.name(), result);
            } catch (IOException e) {
                // Remembered and reported at the end: the gate's run must not end because a report failed.
                junitFailure = e;
                failed("the JUnit XML report of step " + step.name(), e);
            }
        }
    }

    @Override
    public void coverageMeasured(StepDefinition step, List<PackageCoverage> packages) {
        coverageByPackage.put(step.name(), List.copyOf(packages));
    }

    @Override
    public void stepFinished(StepDefinition step, StepResult result) {
        if (junitFailure != null) {
            return;
        }
        try {
            Path file = junit.stepFinished(result);
            if (file != null) {
                written.add(file);
            }
        } catch (IOException e) {
            junitFailure = e;
            failed("the JUnit XML report of step " + result.name(), e);
        }
    }

    @Override
    public void gateFinished(Verdict verdict) {
        String markdown = MarkdownSummary.of(verdict);
        Path summary = reportDir.resolve(SUMMARY_FILE);
        try {
            written.add(AtomicFile.write(summary, out -> out.write(markdown.getBytes(StandardCharsets.UTF_8))));
        } catch (IOException e) {
            failed(summary.toString(), e);
        }
        Path html = reportDir.resolve(HTML_FILE);
        try {
            written.add(AtomicFile.write(html, out -> HtmlReport.write(verdict, failures, coverageByPackage, out)));
        } catch (IOException e) {
            failed(html.toString(), e);
        }
        appendJobSummary(markdown);
    }

    /** The report files written so far, in order. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    /**
     * Throws for the first report that could not be written.
     *
     * @throws UncheckedIOException naming the report and the cause
     */
    public void checkWritten() {
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    /** Deletes the temporary file of a step that did not end (the engine failed); the written reports stay. */
    @Override
    public void close() {
        try {
            junit.close();
        } catch (IOException e) {
            // Only a temporary file, never read as a report.
        }
    }

    private void appendJobSummary(String markdown) {
        String target = env.apply(GITHUB_STEP_SUMMARY);
        if (target == null || target.isBlank()) {
            return;
        }
        // GitHub gives each step its own file and shows what every writer appended: append, never replace.
        try {
            Files.writeString(Path.of(target), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            failed("the job summary " + target + " (" + GITHUB_STEP_SUMMARY + ")", e instanceof IOException io ? io
                    : new IOException(e.toString(), e));
        }
    }

    private void failed(String what, IOException e) {
        if (firstFailure == null) {
            firstFailure = new UncheckedIOException("cannot write " + what + ": " + e
                    + "; check that the report directory is writable and its disk not full", e);
        } else {
            firstFailure.addSuppressed(e);
        }
    }
}
