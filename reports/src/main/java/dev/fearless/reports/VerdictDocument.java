package dev.fearless.reports;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.Decision;
import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;

/**
 * The shape of {@code verdict.json}, one record per JSON object. The engine's records are mapped onto these rather
 * than serialized directly so that the file's field names and order are pinned here, in one place, and a method
 * added to an engine record (such as {@code Verdict.isGo()}) never becomes a field by accident.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VerdictDocument(String schema, String gate, Decision decision, String reason, long durationMs, int exitCode,
        List<Step> steps) {

    static VerdictDocument of(Verdict verdict) {
        return new VerdictDocument(verdict.schema(), verdict.gate(), verdict.decision(), verdict.reason(),
                verdict.durationMs(), verdict.exitCode(), verdict.steps().stream().map(Step::of).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(String name, String layer, Decision decision, String reason, long durationMs, Tests tests,
            Coverage coverage, Findings findings, List<Rule> rules, List<Failure> failures) {

        static Step of(StepResult step) {
            return new Step(step.name(), step.layer(), step.decision(), step.reason(), step.durationMs(),
                    Tests.of(step.tests()), Coverage.of(step.coverage()), Findings.of(step.findings()),
                    step.rules().stream().map(Rule::of).toList(),
                    step.failures().stream().map(Failure::of).toList());
        }
    }

    record Tests(long found, long passed, long failed, long aborted, long skipped) {

        static Tests of(TestCounts tests) {
            return tests == null ? null
                    : new Tests(tests.found(), tests.passed(), tests.failed(), tests.aborted(), tests.skipped());
        }
    }

    record Findings(long error, long critical, long major, long minor, long info) {

        static Findings of(FindingCounts findings) {
            return findings == null ? null : new Findings(findings.error(), findings.critical(), findings.major(),
                    findings.minor(), findings.info());
        }
    }

    /** A ratio that is {@code null} (nothing of that kind to cover) is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Coverage(Double line, Double branch, Double instruction) {

        static Coverage of(CoverageRatios ratios) {
            return ratios == null ? null
                    : new Coverage(finite(ratios.line()), finite(ratios.branch()), finite(ratios.instruction()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rule(String rule, Object threshold, Object actual, boolean ok, String message) {

        static Rule of(RuleResult rule) {
            return new Rule(rule.rule(), value(rule.threshold()), value(rule.actual()), rule.ok(), rule.message());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Failure(String test, TestStatus status, String message) {

        static Failure of(TestFailure failure) {
            return new Failure(failure.test(), failure.status(), failure.message());
        }
    }

    /**
     * A rule's threshold or actual value as JSON can hold it: numbers and booleans as they are, a duration as
     * ISO-8601 ({@code PT5M}), anything else as its text. NaN has no JSON form: it becomes absent, like an
     * unmeasured value.
     */
    static Object value(Object value) {
        if (value instanceof Double d) {
            return finite(d);
        }
        if (value instanceof Float f) {
            return finite(f.doubleValue());
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Duration duration) {
            return duration.toString();
        }
        return value.toString();
    }

    private static Double finite(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }
}
