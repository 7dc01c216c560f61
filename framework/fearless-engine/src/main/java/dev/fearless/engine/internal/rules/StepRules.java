package dev.fearless.engine.internal.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fearless.engine.CoverageMetric;
import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.Severity;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.engine.internal.Durations;

/**
 * Checks a step's measurements against its rules. Every rule the step has is reported, held or not; messages
 * follow JaCoCo's shape ("coverage.line is 0.5000, but expected minimum is 0.8500") so people read them one way.
 */
public final class StepRules {

    private StepRules() {
    }

    /** The rules of a test step, over its counts and (when measured) its coverage. */
    public static List<RuleResult> forTests(StepDefinition step, TestCounts tests, CoverageRatios coverage) {
        List<RuleResult> rules = new ArrayList<>();
        rules.add(minTests(step.minTests(), tests.found()));
        if (step.passRate() != null) {
            rules.add(passRate(step.passRate(), tests));
        }
        for (Map.Entry<CoverageMetric, Double> minimum : sortedCoverage(step)) {
            rules.add(coverage(minimum.getKey(), minimum.getValue(), coverage));
        }
        return rules;
    }

    /** The {@code maxFindings} rules of a static step. */
    public static List<RuleResult> forFindings(StepDefinition step, FindingCounts findings) {
        List<RuleResult> rules = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            Long max = step.maxFindings().get(severity);
            if (max != null) {
                long actual = findings.get(severity);
                String rule = "maxFindings." + severity.key();
                rules.add(actual <= max
                        ? new RuleResult(rule, max, actual, true, rule + " is " + actual + " (maximum " + max + ")")
                        : new RuleResult(rule, max, actual, false,
                                rule + " is " + actual + ", but expected maximum is " + max));
            }
        }
        return rules;
    }

    /** A rule that could not be checked because its measurement is missing; it never holds. */
    public static RuleResult notMeasured(String rule, Object threshold, String why) {
        return new RuleResult(rule, threshold, null, false, rule + " could not be measured: " + why);
    }

    static RuleResult minTests(int minimum, long found) {
        return found >= minimum
                ? new RuleResult("minTests", minimum, found, true, "found " + found + " tests (minimum " + minimum + ")")
                : new RuleResult("minTests", minimum, found, false, "minTests: found " + found
                        + " tests, but expected at least " + minimum
                        + "; check the layer's tags, the class name patterns and the test class path");
    }

    static RuleResult passRate(double minimum, TestCounts tests) {
        double rate = tests.passRate();
        if (Double.isNaN(rate)) {
            return new RuleResult("passRate", minimum, null, false,
                    "passRate cannot be computed: no test passed, failed or aborted (" + tests.skipped()
                            + " skipped)");
        }
        return rate >= minimum
                ? new RuleResult("passRate", minimum, rate, true, "passRate is " + ratio(rate) + " (minimum "
                        + ratio(minimum) + ")")
                : new RuleResult("passRate", minimum, rate, false, "passRate is " + ratio(rate)
                        + ", but expected minimum is " + ratio(minimum) + " (" + (tests.failed() + tests.aborted())
                        + " of " + tests.counted() + " tests failed or aborted)");
    }

    static RuleResult coverage(CoverageMetric metric, double minimum, CoverageRatios coverage) {
        String rule = "coverage." + metric.key();
        Double actual = coverage.get(metric);
        if (actual == null) {
            // JaCoCo's own check passes a metric with nothing to cover (no branch at all): so do we, and say so.
            return new RuleResult(rule, minimum, null, true, rule + ": nothing to cover (no " + metric.key()
                    + " in the code under test)");
        }
        return actual >= minimum
                ? new RuleResult(rule, minimum, actual, true, rule + " is " + ratio(actual) + " (minimum "
                        + ratio(minimum) + ")")
                : new RuleResult(rule, minimum, actual, false, rule + " is " + ratio(actual)
                        + ", but expected minimum is " + ratio(minimum));
    }

    /** The test timeout rule of a step whose fork completed: the longest test stayed within the timeout. */
    public static RuleResult testTimeout(Duration timeout, long longestTestMs) {
        boolean ok = longestTestMs <= timeout.toMillis();
        return new RuleResult("testTimeout", timeout.toMillis(), longestTestMs, ok, ok
                ? "the longest test took " + longestTestMs + " ms (timeout " + Durations.format(timeout) + ")"
                : "testTimeout: a test took " + longestTestMs + " ms, but the timeout is "
                        + Durations.format(timeout));
    }

    /** The maximum duration rule of a step whose fork completed. */
    public static RuleResult maxDuration(Duration max, long stepMs) {
        boolean ok = stepMs <= max.toMillis();
        return new RuleResult("maxDuration", max.toMillis(), stepMs, ok, ok
                ? "the step took " + stepMs + " ms (maximum " + Durations.format(max) + ")"
                : "maxDuration: the step took " + stepMs + " ms, but expected maximum is " + Durations.format(max));
    }

    private static List<Map.Entry<CoverageMetric, Double>> sortedCoverage(StepDefinition step) {
        return step.coverage().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /** A ratio with four decimals, the precision the verdict promises. */
    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
