package dev.fearless.engine.internal.coverage;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apiguardian.api.API;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.tools.ExecFileLoader;

import dev.fearless.engine.CoverageMetric;
import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.PackageCoverage;

/**
 * Computes line, branch and instruction coverage with JaCoCo's core API, the way JaCoCo's own report does: the
 * ratios are the covered/total counts of the bundle's {@code LINE}, {@code BRANCH} and {@code INSTRUCTION} counters
 * over every class in the given folders and jars, less the classes a step's {@code coverage.exclude} leaves out.
 *
 * <pre>{@code
 * CoverageRatios ratios = CoverageAnalyzer.analyze(reportDir.resolve("jacoco.exec"), List.of(Path.of("target/classes")));
 * }</pre>
 *
 * <p>It fails closed: instead of a made-up ratio, each of these is a {@link CoverageException} whose one-line message
 * names the file and says what to do:
 * <ul>
 * <li>the execution data file is missing, is not a file, is empty (0 bytes: the JVM died before the agent could write
 * it), is not in JaCoCo's execution data format or is truncated, or holds no session (a JaCoCo agent's dump always
 * holds one);
 * <li>a class location is missing, or the locations hold no class file;
 * <li>{@code coverage.exclude} leaves out every class of the locations, so nothing is left to measure;
 * <li>the file has execution data, but none for any of the analyzed classes
 * ({@code coverage data in X is for other classes than those in Y});
 * <li>the file has execution data for a class of the same name but a different build of it (JaCoCo's "no match").
 * </ul>
 *
 * <p>A choice: a valid file with a session but <em>no execution data at all</em> means the tests ran and executed no
 * instrumented code, so every ratio is 0 (or {@code null} where the classes have nothing of that kind). A file whose
 * execution data are all for <em>other</em> classes is an error even though the tests may simply not have touched
 * ours, because it looks exactly like coverage measured against the wrong class folders; either way the gate does not
 * say GO, and the message tells which to check.
 *
 * <p>Excluded classes ({@link ClassExclusion}) are left out of the ratios and the packages as if their class files
 * were absent, so a different build of an excluded class is not a "no match" either. They still count as classes the
 * data may be for: data only for excluded classes shows the class folders are right and the tests touched nothing
 * that is measured, which is a ratio of 0, not the "other classes" error.
 */
@API(status = INTERNAL, since = "0.1")
public final class CoverageAnalyzer {

    private CoverageAnalyzer() {
    }

    /**
     * The coverage of the classes in {@code classLocations} (folders or jars) by the execution data in
     * {@code execFile}. See the class description for the cases that fail.
     */
    public static CoverageRatios analyze(Path execFile, List<Path> classLocations) throws CoverageException {
        return analyze(execFile, classLocations, List.of());
    }

    /**
     * The coverage of the classes in {@code classLocations} whose dotted names match none of {@code exclude}
     * (patterns in the JaCoCo agent's syntax, such as {@code *.Jdbc*Repository}).
     */
    public static CoverageRatios analyze(Path execFile, List<Path> classLocations, List<String> exclude)
            throws CoverageException {
        return ratios(bundle(execFile, classLocations, exclude));
    }

    /** The totals and the coverage of each package, in package order; fails as {@link #analyze} does. */
    public static Measurement measure(Path execFile, List<Path> classLocations) throws CoverageException {
        return measure(execFile, classLocations, List.of());
    }

    /** As {@link #measure(Path, List)}, without the classes that match {@code exclude}. */
    public static Measurement measure(Path execFile, List<Path> classLocations, List<String> exclude)
            throws CoverageException {
        IBundleCoverage bundle = bundle(execFile, classLocations, exclude);
        List<PackageCoverage> packages = bundle.getPackages().stream()
                .sorted(java.util.Comparator.comparing(IPackageCoverage::getName))
                .map(pkg -> new PackageCoverage(pkg.getName().replace('/', '.'), ratios(pkg)))
                .toList();
        return new Measurement(ratios(bundle), packages, bundle.getInstructionCounter().getTotalCount(),
                bundle.getLineCounter().getTotalCount());
    }

    /**
     * Coverage totals and by package, and how many instructions and lines JaCoCo counts in the measured classes.
     *
     * @param instructions the instructions of the measured classes, covered or not
     * @param lines        the lines of the measured classes, covered or not: 0 although there are instructions when
     *                     the classes carry no line-number table ({@code javac -g:none})
     */
    public record Measurement(CoverageRatios total, List<PackageCoverage> packages, int instructions, int lines) {

        /**
         * Why {@code metric} cannot be measured over these classes, in one line that says what to do; empty when it
         * can. Line coverage of code without line numbers is not "nothing to cover": the code is there, and JaCoCo's
         * own report shows no line figure for it ("Class files must be compiled with debug information to show line
         * coverage."), so a line rule over it could only pass by default.
         */
        public Optional<String> unmeasurable(CoverageMetric metric) {
            if (metric == CoverageMetric.LINE && lines == 0 && instructions > 0) {
                return Optional.of("the classes under test have no line-number tables (compiled with -g:none), so"
                        + " JaCoCo counts " + instructions + " instructions but no line; compile them with debug info"
                        + " (javac -g, Maven's default) or use an instruction or branch rule");
            }
            return Optional.empty();
        }
    }

    private static CoverageRatios ratios(ICoverageNode node) {
        return new CoverageRatios(ratio(node.getLineCounter()), ratio(node.getBranchCounter()),
                ratio(node.getInstructionCounter()));
    }

    private static IBundleCoverage bundle(Path execFile, List<Path> classLocations, List<String> exclude)
            throws CoverageException {
        ExecFileLoader loader = load(execFile);
        ExecutionDataStore executionData = loader.getExecutionDataStore();
        String locations = describe(classLocations);

        CoverageBuilder builder = new CoverageBuilder();
        ClassExclusion exclusion = new ClassExclusion(exclude, builder);
        Analyzer analyzer = new Analyzer(executionData, exclusion);
        int classFiles = 0;
        for (Path location : classLocations) {
            classFiles += analyzeLocation(analyzer, location, execFile);
        }
        if (classFiles == 0) {
            throw new CoverageException("no class files in " + locations + " to measure " + execFile
                    + " against; compile the project first or fix the class folders");
        }
        if (exclusion.excludedAll()) {
            throw new CoverageException("every class in " + locations + " matches coverage.exclude "
                    + exclusion.patterns() + ", so no class is left to measure " + execFile + " against;"
                    + " exclude fewer classes, or remove the step's coverage rule");
        }

        checkMatches(execFile, locations, executionData, builder, exclusion);
        return builder.getBundle("fearless");
    }

    private static ExecFileLoader load(Path execFile) throws CoverageException {
        if (!Files.exists(execFile)) {
            throw new CoverageException("coverage data " + execFile
                    + " does not exist: the tests did not run under the JaCoCo agent; run the step again with coverage");
        }
        if (!Files.isRegularFile(execFile)) {
            throw new CoverageException("coverage data " + execFile + " is not a file; point to a JaCoCo .exec file");
        }
        ExecFileLoader loader = new ExecFileLoader();
        try {
            if (Files.size(execFile) == 0) {
                throw new CoverageException("coverage data " + execFile + " is empty: the test JVM ended before the"
                        + " JaCoCo agent could write it (crash, halt or kill); fix that and run the step again");
            }
            loader.load(execFile.toFile());
        } catch (IOException | RuntimeException e) {
            // Truncation shows as an EOFException, other files as "Invalid execution data file." or an odd block.
            throw new CoverageException("coverage data " + execFile + " is not a complete JaCoCo execution data file ("
                    + reason(e) + "); delete it and run the step again", e);
        }
        if (loader.getSessionInfoStore().isEmpty()) {
            throw new CoverageException("coverage data " + execFile + " has no session, so no JaCoCo agent wrote it;"
                    + " delete it and run the step again");
        }
        return loader;
    }

    private static int analyzeLocation(Analyzer analyzer, Path location, Path execFile) throws CoverageException {
        if (!Files.exists(location)) {
            throw new CoverageException("class location " + location + " for coverage data " + execFile
                    + " does not exist; compile the project first or fix the class folders");
        }
        try {
            return analyzer.analyzeAll(location.toFile());
        } catch (IOException e) {
            throw new CoverageException("cannot read the classes in " + location + " for coverage data " + execFile
                    + " (" + reason(e) + "); rebuild the project", e);
        } catch (IllegalStateException e) {
            // CoverageBuilder: "Can't add different class with same name: x/Y".
            throw new CoverageException("cannot measure coverage data " + execFile + " against " + location + " ("
                    + reason(e) + "); give each class only once in the class locations", e);
        }
    }

    private static void checkMatches(Path execFile, String locations, ExecutionDataStore executionData,
            CoverageBuilder builder, ClassExclusion exclusion) throws CoverageException {
        Collection<IClassCoverage> noMatch = builder.getNoMatchClasses();
        if (!noMatch.isEmpty()) {
            String name = noMatch.iterator().next().getName().replace('/', '.');
            String more = noMatch.size() > 1 ? " (and " + (noMatch.size() - 1) + " more)" : "";
            throw new CoverageException("coverage data in " + execFile + " does not match class " + name + more
                    + " in " + locations + ": it was recorded for a different build of the class;"
                    + " rebuild and run the step again");
        }
        boolean anyRecorded = !executionData.getContents().isEmpty();
        boolean anyMatched = builder.getClasses().stream().anyMatch(c -> executionData.get(c.getId()) != null)
                || exclusion.anyExcludedRecordedIn(executionData);
        if (anyRecorded && !anyMatched) {
            throw new CoverageException("coverage data in " + execFile + " is for other classes than those in "
                    + locations + "; give the class folders of the code the tests ran against,"
                    + " or check that the tests exercise it");
        }
    }

    private static Double ratio(ICounter counter) {
        int total = counter.getTotalCount();
        return total == 0 ? null : (double) counter.getCoveredCount() / total;
    }

    private static String describe(List<Path> locations) {
        return locations.isEmpty() ? "(no class locations)"
                : locations.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private static String reason(Exception e) {
        if (e instanceof EOFException) {
            return "it ends too early: truncated";
        }
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return text.lines().findFirst().orElse(text);
    }
}
