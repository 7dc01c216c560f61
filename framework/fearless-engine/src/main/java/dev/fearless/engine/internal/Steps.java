package dev.fearless.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.Decision;
import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.engine.internal.fork.ForkSpec;

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

    /**
     * The files a step leaves in its folder: its test output, the test JVM's argument and request files, the running
     * test, its coverage data, PMD's report, the target its tests used.
     */
    static final List<String> STEP_FILES = Stream.concat(ForkSpec.FILES.stream(),
            Stream.of(TestStepRunner.COVERAGE_DATA, StaticStepRunner.PMD_REPORT, TargetRecord.FILE_NAME)).toList();

    /**
     * Deletes what an earlier run of a step left in {@code stepDir}, for a step that does not run now: its old output
     * beside a verdict that says SKIPPED would read as this run's. Best effort: the verdict says the step was skipped.
     */
    static void clearEarlierRun(Path stepDir) {
        for (String file : STEP_FILES) {
            try {
                Files.deleteIfExists(stepDir.resolve(file));
            } catch (IOException e) {
                // Left in place; the verdict still says the step did not run.
            }
        }
    }
}
