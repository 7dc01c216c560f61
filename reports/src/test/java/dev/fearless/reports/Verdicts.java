package dev.fearless.reports;

import java.time.Duration;
import java.util.List;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;

/** Verdicts built by hand, the way the engine builds them, for the reports' tests. */
public final class Verdicts {

    public static final String COVERAGE_MESSAGE = "coverage.line is 0.5000, but expected minimum is 0.8500";

    private Verdicts() {
    }

    public static StepResult staticStep() {
        return new StepResult("static", null, Decision.GO, "no finding above the limits", 1234, null, null,
                new FindingCounts(0, 0, 2, 1, 0),
                List.of(new RuleResult("maxFindings.error", 0L, 0L, true, "maxFindings.error is 0, maximum 0"),
                        new RuleResult("maxFindings.critical", 0L, 0L, true, "maxFindings.critical is 0, maximum 0")),
                List.of());
    }

    public static StepResult unitStepGo() {
        return new StepResult("unit", "unit", Decision.GO, "20000 tests passed", 14_200,
                new TestCounts(20_000, 20_000, 0, 0, 0), new CoverageRatios(0.91, null, 0.93), null,
                List.of(new RuleResult("passRate", 1.0, 1.0, true, "passRate is 1.0000, minimum 1.0000"),
                        new RuleResult("coverage.line", 0.85, 0.91, true, "coverage.line is 0.9100, minimum 0.8500")),
                List.of());
    }

    /** {@link #unitStepGo()} whose coverage left out a repository and the application class. */
    public static StepResult unitStepGoExcluding() {
        StepResult go = unitStepGo();
        return new StepResult(go.name(), go.layer(), go.decision(), go.reason(), go.durationMs(), go.tests(),
                go.coverage(), List.of("*.Jdbc*Repository", "com.example.LibraryApplication"), go.findings(),
                go.rules(), go.failures());
    }

    /** A GO with {@link #unitStepGoExcluding()}. */
    public static Verdict goExcluding() {
        return new Verdict(Verdict.SCHEMA, "predeploy", Decision.GO, "every rule held", 15_500, ExitCode.GO,
                List.of(staticStep(), unitStepGoExcluding()));
    }

    public static StepResult unitStepStop() {
        return new StepResult("unit", "unit", Decision.STOP, COVERAGE_MESSAGE, 14_200,
                new TestCounts(20_000, 19_998, 1, 1, 0), new CoverageRatios(0.5, null, 0.52), null,
                List.of(new RuleResult("passRate", 0.99, 0.9999, true, "passRate is 0.9999, minimum 0.9900"),
                        new RuleResult("coverage.line", 0.85, 0.5, false, COVERAGE_MESSAGE),
                        new RuleResult("testTimeout", Duration.ofMinutes(5), Duration.ofMillis(1500), true,
                                "testTimeout held")),
                List.of(new TestFailure("com.example.CartTest.addsItems()", TestStatus.FAILED,
                                "expected: <2> but was: <3>"),
                        new TestFailure("com.example.CartTest.needsNetwork()", TestStatus.ABORTED, null)));
    }

    public static Verdict go() {
        return new Verdict(Verdict.SCHEMA, "predeploy", Decision.GO, "every rule held", 15_500, ExitCode.GO,
                List.of(staticStep(), unitStepGo()));
    }

    public static Verdict stop() {
        return new Verdict(Verdict.SCHEMA, "predeploy", Decision.STOP, "step unit: " + COVERAGE_MESSAGE, 15_500,
                ExitCode.STOP, List.of(staticStep(), unitStepStop(), StepResult.skipped("module", "module")));
    }
}
