package dev.fearless.reports;

import java.util.ArrayList;
import java.util.List;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.Layer;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;
import dev.fearless.engine.config.StepDefinition;

/**
 * Plays a gate run of {@code tests} generated tests in one {@code unit} step to a listener, the way the engine
 * does, and returns the verdict whose counts match what was streamed. Every 100th test fails, every 250th is
 * aborted, every 500th skipped; one test's name and message carry control characters and markup.
 */
public final class GeneratedRun {

    public static final String NASTY_NAME = "weird\u0001<name> & \"quotes\" | `tick` [x](http://evil)";
    public static final String NASTY_MESSAGE = "expected <a> but was \u001b[31m<script>alert(1)</script>\u0000";

    private GeneratedRun() {
    }

    public static Verdict play(GateListener listener, int tests) {
        StepDefinition unit = StepDefinition.of(Layer.UNIT).withPassRate(1.0);
        listener.gateStarted("predeploy", List.of(unit));
        listener.stepStarted(unit);
        listener.testsFound(unit, tests);
        long passed = 0;
        long failed = 0;
        long aborted = 0;
        long skipped = 0;
        List<TestFailure> failures = new ArrayList<>();
        for (int i = 0; i < tests; i++) {
            TestResult result = result(i);
            listener.testStarted(unit, result.uniqueId(), result.displayName());
            listener.testFinished(unit, result);
            switch (result.status()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case ABORTED -> aborted++;
                case SKIPPED -> skipped++;
            }
            if ((result.status() == TestStatus.FAILED || result.status() == TestStatus.ABORTED)
                    && failures.size() < StepResult.MAX_FAILURES_KEPT) {
                failures.add(new TestFailure(result.qualifiedName(), result.status(),
                        ReportValues.firstLine(result.message())));
            }
        }
        TestCounts counts = new TestCounts(tests, passed, failed, aborted, skipped);
        double rate = counts.passRate();
        boolean go = failed + aborted == 0;
        String message = String.format(java.util.Locale.ROOT, "passRate is %.4f, but expected minimum is 1.0000",
                rate);
        StepResult step = new StepResult("unit", "unit", go ? Decision.GO : Decision.STOP, go ? "all passed"
                : message, 4321, counts, new CoverageRatios(0.9, 0.75, 0.91), null,
                List.of(new RuleResult("passRate", 1.0, rate, go, go ? "passRate held" : message),
                        new RuleResult("minTests", 1L, (long) tests, true, "minTests held")),
                failures);
        listener.stepFinished(unit, step);
        Verdict verdict = new Verdict(Verdict.SCHEMA, "predeploy", step.decision(),
                go ? "every rule held" : "step unit: " + message, 5000, go ? ExitCode.GO : ExitCode.STOP,
                List.of(step));
        listener.gateFinished(verdict);
        return verdict;
    }

    static TestResult result(int i) {
        String className = "com.example.generated.Suite" + (i / 100) + "Test";
        String name = i == 1 ? NASTY_NAME : "test" + i + "()";
        String id = "[engine:junit-jupiter]/[class:" + className + "]/[method:test" + i + "()]";
        if (i % 100 == 1) {
            String message = i == 1 ? NASTY_MESSAGE : "expected: <" + i + "> but was: <" + (i + 1) + ">";
            return new TestResult(id, className, name, name, TestStatus.FAILED, 3,
                    "org.opentest4j.AssertionFailedError", message,
                    "org.opentest4j.AssertionFailedError: " + message + "\n\tat " + className + ".test" + i
                            + "(" + className + ".java:" + (10 + i % 90) + ")\n");
        }
        if (i % 250 == 2) {
            return new TestResult(id, className, name, name, TestStatus.ABORTED, 1,
                    "org.opentest4j.TestAbortedException", "Assumption failed: needs network",
                    "org.opentest4j.TestAbortedException: Assumption failed: needs network\n");
        }
        if (i % 500 == 3) {
            return new TestResult(id, className, name, name, TestStatus.SKIPPED, 0, null, "disabled for now", null);
        }
        return new TestResult(id, className, name, name, TestStatus.PASSED, i % 7, null, null, null);
    }
}
