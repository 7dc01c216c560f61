package dev.fearless.engine.internal;

import java.util.List;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.Decision;
import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.config.StepDefinition;

/** Builds step results the same way for every kind of step. */
final class Steps {

    private Steps() {
    }

    static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    static StepResult result(StepDefinition step, Decision decision, String reason, long startNanos, TestTally tally,
            CoverageRatios coverage, FindingCounts findings, List<RuleResult> rules) {
        return new StepResult(step.name(), step.layer().map(layer -> layer.tag()).orElse(null), decision, reason,
                elapsedMs(startNanos), tally == null ? null : tally.counts(), coverage, coverageExclude(step),
                findings, rules, tally == null ? List.of() : tally.failures());
    }

    /** A step that could not be run at all: no counts, no rules, just the reason. */
    static StepOutcome broken(StepDefinition step, Decision decision, String reason, long startNanos, int exitCode) {
        return new StepOutcome(new StepResult(step.name(), step.layer().map(layer -> layer.tag()).orElse(null),
                decision, reason, elapsedMs(startNanos), null, null, coverageExclude(step), null, List.of(),
                List.of()), exitCode);
    }

    /** What the step's coverage leaves out, shown in the verdict; nothing when it measures no coverage at all. */
    private static List<String> coverageExclude(StepDefinition step) {
        return step.measuresCoverage() ? step.coverageExclude() : List.of();
    }
}
