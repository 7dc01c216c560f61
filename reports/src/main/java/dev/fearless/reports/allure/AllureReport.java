package dev.fearless.reports.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apiguardian.api.API;

import dev.fearless.reports.VerdictFile;

/**
 * The gate's Allure report, the way the CLI's {@code report} command and the Maven goal {@code fearless:report} both
 * make it: check that the gate left Allure results, add its verdict to them, then run Allure's generator.
 *
 * <pre>{@code
 * Path index = AllureReport.generate(Path.of("target/fearless"), AllureDistribution.at(allureHome));
 * // target/fearless/allure-report/index.html
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllureReport {

    /** Where the test JVMs write Allure results, in the report directory. */
    public static final String RESULTS_DIR = "allure-results";
    /** Where the report goes, in the report directory. */
    public static final String REPORT_DIR = "allure-report";

    private AllureReport() {
    }

    /**
     * Fails when {@code reportDir/allure-results} holds no test result, so that a caller can refuse before it
     * resolves or unpacks Allure. {@link #generate} checks it again.
     *
     * @throws AllureReportException when there are no results: run a gate first
     */
    public static void requireResults(Path reportDir) {
        AllureGenerator.requireResults(reportDir.resolve(RESULTS_DIR));
    }

    /**
     * Deletes {@code reportDir/allure-results} and {@code reportDir/allure-report} of an earlier run, so that the next
     * report shows only the next run's tests, as the verdict does, and no report of an earlier run (a GO, say) is left
     * beside the verdict of a run that has none yet; for the caller that starts a run (as
     * {@code VerdictFile.deleteStale} is). Does nothing for a folder that is not there.
     *
     * @throws AllureReportException when the old results or report cannot be deleted
     */
    public static void deleteStaleResults(Path reportDir) {
        deleteTree(reportDir.resolve(RESULTS_DIR), "Allure results");
        deleteTree(reportDir.resolve(REPORT_DIR), "Allure report");
    }

    private static void deleteTree(Path folder, String what) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new AllureReportException("cannot delete the " + what + " of an earlier run in " + folder + ": "
                    + e + "; delete the folder or choose another report directory", e);
        }
    }

    /** As {@link #generate(Path, AllureGenerator)} with the generator's default timeout. */
    public static Path generate(Path reportDir, AllureDistribution distribution) {
        return generate(reportDir, new AllureGenerator(distribution));
    }

    /**
     * Generates {@code reportDir/allure-report} from {@code reportDir/allure-results} and
     * {@code reportDir/verdict.json}, and returns the report's {@code index.html}.
     *
     * @throws AllureReportException when there are no results or no verdict (nothing is written then), or the
     *                               generator fails
     */
    public static Path generate(Path reportDir, AllureGenerator generator) {
        Path results = reportDir.resolve(RESULTS_DIR);
        // Checked before the enrichment writes into the folder, which would otherwise create it.
        AllureGenerator.requireResults(results);
        AllureEnrichment.write(reportDir.resolve(VerdictFile.FILE_NAME), results);
        return generator.generate(results, reportDir.resolve(REPORT_DIR));
    }
}
