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
 * @param passRate    the minimum of passed / (passed + failed + aborted); {@code null} gives a test step
 *                    {@value #DEFAULT_PASS_RATE} (a test step always has this rule, so failed tests never say
 *                    GO), and the static step no such rule
 * @param minTests    the fewest tests the step must find (at least 1 by default, never a silent GO)
 * @param coverage    minimum coverage ratios by metric; empty when the step measures no coverage
 * @param coverageExclude class-name patterns in the JaCoCo agent's syntax ({@code *.Jdbc*Repository}: dotted binary
 *                    names, {@code *} any characters, {@code ?} one) whose classes coverage leaves out, as if their
 *                    class files were absent; a nested class is matched by its own name ({@code Foo$Bar}); empty
 *                    when nothing is left out
 * @param testTimeout how long one test may run before the fork is killed; {@code null} for the default, at most
 *                    {@link #MAX_TIME_LIMIT}
 * @param maxDuration how long the whole step may run before the fork is killed; {@code null} for the default, at
 *                    most {@link #MAX_TIME_LIMIT}
 * @param maxFindings the most findings allowed by severity ({@code static} step only); empty gives the static step
 *                    {@link #DEFAULT_MAX_FINDINGS}, so it always has a rule
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
    /**
     * The longest {@code testTimeout} or {@code maxDuration}: 7 days. A step still running after a week is hung, not
     * slow, and a bound this far below {@code Duration}'s nanosecond range (about 292 years) keeps every deadline
     * computable.
     */
    public static final Duration MAX_TIME_LIMIT = Duration.ofDays(7);
    /** The pass rate of a test step that sets none: every test that ran must pass. */
    public static final Double DEFAULT_PASS_RATE = 1.0;
    /** The findings a static step allows when it sets no {@code maxFindings}: no error, no critical finding. */
    public static final Map<Severity, Long> DEFAULT_MAX_FINDINGS = Map.of(Severity.ERROR, 0L, Severity.CRITICAL, 0L);

    public StepDefinition {
        Objects.requireNonNull(name, "name");
        boolean isStatic = STATIC.equals(name);
        // Fail closed: without these defaults a test step would say GO with every test failed, and a static step GO
        // whatever it found.
        passRate = passRate == null && !isStatic ? DEFAULT_PASS_RATE : passRate;
        maxFindings = maxFindings.isEmpty() && isStatic ? DEFAULT_MAX_FINDINGS : Map.copyOf(maxFindings);
        coverage = Map.copyOf(coverage);
        coverageExclude = List.copyOf(coverageExclude);
        reports = List.copyOf(reports);
        testTimeout = timeLimit("testTimeout", testTimeout == null ? DEFAULT_TEST_TIMEOUT : testTimeout);
        maxDuration = timeLimit("maxDuration", maxDuration == null ? DEFAULT_MAX_DURATION : maxDuration);
    }

    /** A step whose coverage, if it measures any, leaves no class out. */
    public StepDefinition(String name, Double passRate, int minTests, Map<CoverageMetric, Double> coverage,
            Duration testTimeout, Duration maxDuration, Map<Severity, Long> maxFindings, List<String> reports) {
        this(name, passRate, minTests, coverage, List.of(), testTimeout, maxDuration, maxFindings, reports);
    }

    /**
     * A test step of {@code layer} with the default rules, {@code minTests: 1} and {@code passRate: 1.0}; change them
     * or add coverage with the {@code with} methods.
     */
    public static StepDefinition of(Layer layer) {
        return new StepDefinition(layer.tag(), null, 1, Map.of(), List.of(), null, null, Map.of(), List.of());
    }

    /** A {@code static} step allowing at most these findings; none given means {@link #DEFAULT_MAX_FINDINGS}. */
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

    /** {@code limit}, when it is positive and at most {@link #MAX_TIME_LIMIT}. */
    private static Duration timeLimit(String key, Duration limit) {
        if (limit.isNegative() || limit.isZero() || limit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new IllegalArgumentException(key + " is " + limit + ", but must be positive and at most "
                    + MAX_TIME_LIMIT.toHours() + "h (7 days)");
        }
        return limit;
    }
}
