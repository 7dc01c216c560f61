package dev.fearless.engine.config;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import dev.fearless.engine.CoverageMetric;
import dev.fearless.engine.Layer;
import dev.fearless.engine.Severity;

/**
 * One step of a gate: a layer's tests, or the {@code static} step, and the rules its result must meet.
 *
 * @param name        a layer's tag ({@code unit}, {@code module}, {@code health}, {@code smoke}, {@code e2e}) or
 *                    {@value #STATIC}
 * @param passRate    the minimum of passed / (passed + failed + aborted), or {@code null} for no such rule
 * @param minTests    the fewest tests the step must find (at least 1 by default, never a silent GO)
 * @param coverage    minimum coverage ratios by metric; empty when the step measures no coverage
 * @param coverageExclude class-name patterns in the JaCoCo agent's syntax ({@code *.Jdbc*Repository}: dotted binary
 *                    names, {@code *} any characters, {@code ?} one) whose classes coverage leaves out, as if their
 *                    class files were absent; a nested class is matched by its own name ({@code Foo$Bar}); empty
 *                    when nothing is left out
 * @param testTimeout how long one test may run before the fork is killed
 * @param maxDuration how long the whole step may run before the fork is killed
 * @param maxFindings the most findings allowed by severity ({@code static} step only)
 * @param reports     static-analysis report files, relative to the project directory; empty means the engine runs
 *                    its own analyzer ({@code static} step only)
 */
@API(status = STABLE, since = "0.1")
public record StepDefinition(String name, Double passRate, int minTests, Map<CoverageMetric, Double> coverage,
        List<String> coverageExclude, Duration testTimeout, Duration maxDuration, Map<Severity, Long> maxFindings,
        List<String> reports) {

    /** The name of the static-analysis step. */
    public static final String STATIC = "static";
    /** How long one test may run when the configuration does not say. */
    public static final Duration DEFAULT_TEST_TIMEOUT = Duration.ofMinutes(5);
    /** How long one step may run when the configuration does not say. */
    public static final Duration DEFAULT_MAX_DURATION = Duration.ofMinutes(30);

    public StepDefinition {
        Objects.requireNonNull(name, "name");
        coverage = Map.copyOf(coverage);
        coverageExclude = List.copyOf(coverageExclude);
        maxFindings = Map.copyOf(maxFindings);
        reports = List.copyOf(reports);
        testTimeout = testTimeout == null ? DEFAULT_TEST_TIMEOUT : testTimeout;
        maxDuration = maxDuration == null ? DEFAULT_MAX_DURATION : maxDuration;
    }

    /** A step whose coverage, if it measures any, leaves no class out. */
    public StepDefinition(String name, Double passRate, int minTests, Map<CoverageMetric, Double> coverage,
            Duration testTimeout, Duration maxDuration, Map<Severity, Long> maxFindings, List<String> reports) {
        this(name, passRate, minTests, coverage, List.of(), testTimeout, maxDuration, maxFindings, reports);
    }

    /** A test step of {@code layer} with no rule but {@code minTests: 1}; add rules with the {@code with} methods. */
    public static StepDefinition of(Layer layer) {
        return new StepDefinition(layer.tag(), null, 1, Map.of(), List.of(), null, null, Map.of(), List.of());
    }

    /** A {@code static} step allowing at most these findings. */
    public static StepDefinition staticAnalysis(Map<Severity, Long> maxFindings) {
        return new StepDefinition(STATIC, null, 0, Map.of(), List.of(), null, null, maxFindings, List.of());
    }

    /** The layer this step runs, empty for the {@code static} step. */
    public Optional<Layer> layer() {
        return Layer.fromName(name);
    }

    public boolean isStatic() {
        return STATIC.equals(name);
    }

    /** Whether the step's fork needs the JaCoCo agent. */
    public boolean measuresCoverage() {
        return !coverage.isEmpty();
    }

    public StepDefinition withPassRate(double rate) {
        return new StepDefinition(name, rate, minTests, coverage, coverageExclude, testTimeout, maxDuration,
                maxFindings, reports);
    }

    public StepDefinition withMinTests(int min) {
        return new StepDefinition(name, passRate, min, coverage, coverageExclude, testTimeout, maxDuration,
                maxFindings, reports);
    }

    public StepDefinition withCoverage(Map<CoverageMetric, Double> minimums) {
        return new StepDefinition(name, passRate, minTests, minimums, coverageExclude, testTimeout, maxDuration,
                maxFindings, reports);
    }

    /**
     * This step with coverage leaving out the classes that match {@code patterns}, such as
     * {@code List.of("*.Jdbc*Repository", "com.example.LibraryApplication")}; see {@link #coverageExclude()}.
     */
    public StepDefinition withCoverageExclude(List<String> patterns) {
        return new StepDefinition(name, passRate, minTests, coverage, patterns, testTimeout, maxDuration,
                maxFindings, reports);
    }

    public StepDefinition withTestTimeout(Duration timeout) {
        return new StepDefinition(name, passRate, minTests, coverage, coverageExclude, timeout, maxDuration,
                maxFindings, reports);
    }

    public StepDefinition withMaxDuration(Duration max) {
        return new StepDefinition(name, passRate, minTests, coverage, coverageExclude, testTimeout, max,
                maxFindings, reports);
    }

    public StepDefinition withReports(List<String> files) {
        return new StepDefinition(name, passRate, minTests, coverage, coverageExclude, testTimeout, maxDuration,
                maxFindings, files);
    }
}
