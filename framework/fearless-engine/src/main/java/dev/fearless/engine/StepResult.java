package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

/**
 * What one step of a gate measured and decided.
 *
 * @param name       the step's name: a layer's tag or {@code static}
 * @param layer      the layer's tag, or {@code null} for the {@code static} step
 * @param decision   GO, STOP, ERROR or SKIPPED
 * @param reason     one line: why STOP or ERROR, or a short summary for GO
 * @param durationMs how long the step took
 * @param tests      the test counts, or {@code null} for the {@code static} step
 * @param coverage   the coverage ratios, or {@code null} when no coverage rule asked for them
 * @param coverageExclude the step's {@code coverage.exclude} patterns, whose classes its coverage left out; empty
 *                   when it left none out or measured no coverage
 * @param findings   the static-analysis findings, or {@code null} for test steps
 * @param rules      every rule of the step, held or not
 * @param failures   the first failed or aborted tests
 */
@API(status = STABLE, since = "0.1")
public record StepResult(String name, String layer, Decision decision, String reason, long durationMs,
        TestCounts tests, CoverageRatios coverage, List<String> coverageExclude, FindingCounts findings,
        List<RuleResult> rules, List<TestFailure> failures) {

    /** How many failures a step keeps in the verdict. */
    public static final int MAX_FAILURES_KEPT = 50;

    public StepResult {
        coverageExclude = List.copyOf(coverageExclude);
        rules = List.copyOf(rules);
        failures = List.copyOf(failures);
    }

    /** A step result whose coverage, if any, left no class out. */
    public StepResult(String name, String layer, Decision decision, String reason, long durationMs,
            TestCounts tests, CoverageRatios coverage, FindingCounts findings, List<RuleResult> rules,
            List<TestFailure> failures) {
        this(name, layer, decision, reason, durationMs, tests, coverage, List.of(), findings, rules, failures);
    }

    /** A step that was not run because an earlier step stopped the gate. */
    public static StepResult skipped(String name, String layer) {
        return new StepResult(name, layer, Decision.SKIPPED, "not run: an earlier step stopped the gate", 0,
                null, null, List.of(), null, List.of(), List.of());
    }
}
