package dev.fearless.engine.internal.staticanalysis;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.Language;
import net.sourceforge.pmd.lang.LanguageRegistry;

import org.apiguardian.api.API;

import dev.fearless.engine.FindingCounts;

/**
 * The engine's own analyzer, used when the {@code static} step names no report: PMD 7's Java API with the
 * {@code rulesets/java/quickstart.xml} rules, for Java 17.
 *
 * <pre>{@code
 * FindingCounts counts = PmdAnalyzer.analyze(List.of(Path.of("src/main/java")), classpath,
 *         reportDir.resolve("static/pmd.xml"));
 * }</pre>
 *
 * <p>PMD writes its XML report to the given file, and the findings are counted by reading that file back with
 * {@link FindingsReader}, so PMD's priorities are mapped in one place only. A source file PMD cannot parse is not
 * dropped: PMD writes it as an {@code <error>} to the report, which counts as one ERROR finding (the file was not
 * analyzed, so it cannot count as clean, and the report says which file and why). A failure of PMD itself (the rules
 * do not load, a source cannot be read, the report cannot be written) is a {@link StaticAnalysisException}.
 *
 * <p>PMD's console logging is kept quiet: its messages go to a reporter that keeps the errors for the exception's
 * message. PMD also logs through SLF4J 1.7; without a binding on the class path SLF4J prints a three-line notice once
 * and discards the rest, which is harmless.
 */
@API(status = INTERNAL, since = "0.1")
public final class PmdAnalyzer {

    static final String RULESET = "rulesets/java/quickstart.xml";
    private static final String JAVA_VERSION = "17";

    private PmdAnalyzer() {
    }

    /**
     * Analyzes the Java sources under {@code sourceRoots} with PMD's quickstart rules, writes PMD's XML report to
     * {@code reportFile} (creating its folder) and returns the findings. Source roots that do not exist are skipped
     * (a build may list generated-source folders that are not there), but no Java file at all is an exception:
     * nothing analyzed is never zero findings. {@code auxClasspath} (the compiled classes and dependencies) lets PMD
     * resolve types, which some rules need to be accurate.
     */
    public static FindingCounts analyze(List<Path> sourceRoots, List<Path> auxClasspath, Path reportFile)
            throws StaticAnalysisException {
        List<Path> roots = existingRootsWithJava(sourceRoots);
        createParent(reportFile);

        Language java = LanguageRegistry.PMD.getLanguageById("java");
        PMDConfiguration config = new PMDConfiguration();
        PmdErrors errors = new PmdErrors();
        config.setReporter(errors);
        config.setOnlyRecognizeLanguage(java);
        config.setDefaultLanguageVersion(java.getVersion(JAVA_VERSION));
        config.setSourceEncoding(StandardCharsets.UTF_8);
        roots.forEach(config::addInputPath);
        config.addRuleSet(RULESET);
        config.setReportFormat("xml");
        config.setReportFile(reportFile);
        // No cache file next to the report: each gate run analyzes from scratch.
        config.setIgnoreIncrementalAnalysis(true);
        if (!auxClasspath.isEmpty()) {
            config.prependAuxClasspath(auxClasspath.stream().map(Path::toString)
                    .collect(Collectors.joining(File.pathSeparator)));
        }

        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            // Rules that failed to load, or sources that could not be listed, would make the report look clean.
            errors.failIfAny(roots, reportFile);
            if (pmd.getRulesets().isEmpty()) {
                throw new StaticAnalysisException("PMD loaded no rules from " + RULESET + " to analyze " + describe(roots)
                        + "; check that pmd-java is on the class path");
            }
            pmd.performAnalysis();
            errors.failIfAny(roots, reportFile);
        } catch (RuntimeException e) {
            throw new StaticAnalysisException("PMD failed on " + describe(roots) + " (" + e + "); see the log", e);
        }
        return FindingsReader.read(reportFile);
    }

    private static List<Path> existingRootsWithJava(List<Path> sourceRoots) throws StaticAnalysisException {
        List<Path> roots = sourceRoots.stream().filter(Files::isDirectory).collect(Collectors.toList());
        boolean anyJava = false;
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                anyJava = files.anyMatch(f -> f.toString().endsWith(".java") && Files.isRegularFile(f));
            } catch (IOException | UncheckedIOException e) {
                throw new StaticAnalysisException("cannot list the Java sources under " + root + " (" + e
                        + "); check its permissions", e);
            }
            if (anyJava) {
                return roots;
            }
        }
        throw new StaticAnalysisException("nothing to analyze: no Java source under "
                + (sourceRoots.isEmpty() ? "(no source roots)" : describe(sourceRoots))
                + "; configure a report under the static step's reports: or give source roots");
    }

    private static void createParent(Path reportFile) throws StaticAnalysisException {
        Path parent = reportFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StaticAnalysisException("cannot create the folder " + parent + " for the PMD report (" + e
                    + "); check that it is writable", e);
        }
    }

    static String describe(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
