package dev.fearless.reports;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.Verdict;

/**
 * The shape of {@code verdict.json}: every field's name and place is written here, in one place, so a method added
 * to an engine record (such as {@code Verdict.isGo()}) never becomes a field by accident. Written with Jackson's
 * streaming generator: the gate writes one verdict per run, and a data-binding mapper would cost more to start than
 * the whole document costs to write.
 */
final class VerdictDocument {

    private VerdictDocument() {
    }

    static void write(Verdict verdict, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", verdict.schema());
        json.writeStringField("gate", verdict.gate());
        json.writeStringField("decision", verdict.decision().name());
        stringIfPresent(json, "reason", verdict.reason());
        json.writeNumberField("durationMs", verdict.durationMs());
        json.writeNumberField("exitCode", verdict.exitCode());
        if (verdict.target() != null) {
            json.writeObjectFieldStart("target");
            json.writeStringField("baseUrl", verdict.target().baseUrl());
            json.writeStringField("source", verdict.target().source());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("steps");
        for (StepResult step : verdict.steps()) {
            step(step, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void step(StepResult step, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", step.name());
        stringIfPresent(json, "layer", step.layer());
        json.writeStringField("decision", step.decision().name());
        stringIfPresent(json, "reason", step.reason());
        json.writeNumberField("durationMs", step.durationMs());
        tests(step.tests(), json);
        coverage(step.coverage(), json);
        coverageExclude(step, json);
        findings(step.findings(), json);
        json.writeArrayFieldStart("rules");
        for (RuleResult rule : step.rules()) {
            json.writeStartObject();
            json.writeStringField("rule", rule.rule());
            valueIfPresent(json, "threshold", rule.threshold());
            valueIfPresent(json, "actual", rule.actual());
            json.writeBooleanField("ok", rule.ok());
            stringIfPresent(json, "message", rule.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("failures");
        for (TestFailure failure : step.failures()) {
            json.writeStartObject();
            stringIfPresent(json, "test", failure.test());
            if (failure.status() != null) {
                json.writeStringField("status", failure.status().name());
            }
            stringIfPresent(json, "message", failure.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void tests(TestCounts tests, JsonGenerator json) throws IOException {
        if (tests == null) {
            return;
        }
        json.writeObjectFieldStart("tests");
        json.writeNumberField("found", tests.found());
        json.writeNumberField("passed", tests.passed());
        json.writeNumberField("failed", tests.failed());
        json.writeNumberField("aborted", tests.aborted());
        json.writeNumberField("skipped", tests.skipped());
        json.writeEndObject();
    }

    /** A ratio that is {@code null} (nothing of that kind to cover) is left out. */
    private static void coverage(CoverageRatios coverage, JsonGenerator json) throws IOException {
        if (coverage == null) {
            return;
        }
        json.writeObjectFieldStart("coverage");
        valueIfPresent(json, "line", coverage.line());
        valueIfPresent(json, "branch", coverage.branch());
        valueIfPresent(json, "instruction", coverage.instruction());
        json.writeEndObject();
    }

    /** The classes the step's coverage left out, so a reader sees what the ratios do not cover; absent when none. */
    private static void coverageExclude(StepResult step, JsonGenerator json) throws IOException {
        if (step.coverageExclude().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("coverageExclude");
        for (String pattern : step.coverageExclude()) {
            json.writeString(pattern);
        }
        json.writeEndArray();
    }

    private static void findings(FindingCounts findings, JsonGenerator json) throws IOException {
        if (findings == null) {
            return;
        }
        json.writeObjectFieldStart("findings");
        json.writeNumberField("error", findings.error());
        json.writeNumberField("critical", findings.critical());
        json.writeNumberField("major", findings.major());
        json.writeNumberField("minor", findings.minor());
        json.writeNumberField("info", findings.info());
        json.writeEndObject();
    }

    private static void stringIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void valueIfPresent(JsonGenerator json, String field, Object raw) throws IOException {
        Object value = value(raw);
        if (value == null) {
            return;
        }
        json.writeFieldName(field);
        if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Float f) {
            json.writeNumber(f);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Number n) {
            json.writeNumber(n.toString());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(value.toString());
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
