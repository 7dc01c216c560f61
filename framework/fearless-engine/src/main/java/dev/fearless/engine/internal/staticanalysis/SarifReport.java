package dev.fearless.engine.internal.staticanalysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.Severity;

/**
 * Counts the results of a SARIF 2.1.0 log (see {@link FindingsReader} for the mapping). A result's rule is found the
 * way the spec says: {@code ruleIndex} (or {@code rule.index}) in the driver's rules, or in the extension named by
 * {@code rule.toolComponent.index}, else by {@code ruleId}.
 */
final class SarifReport {

    /**
     * Strict about duplicate keys: with {@code "level": "error", "level": "none"} a lenient parser keeps the last and
     * an error finding is lost; with two {@code "runs"}, a whole run. Which one the analyzer meant is unknowable.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final String DUPLICATE_KEY = "Duplicate field";

    private static final Set<String> NOT_A_PROBLEM = Set.of("pass", "notApplicable");
    private static final Set<String> KINDS = Set.of("fail", "pass", "notApplicable", "informational", "review", "open");

    private SarifReport() {
    }

    static FindingCounts read(Path file) throws StaticAnalysisException {
        JsonNode log = parse(file);
        if (!log.isObject() || !(log.has("runs") || log.path("$schema").asText().toLowerCase(Locale.ROOT)
                .contains("sarif"))) {
            throw FindingsReader.unknownFormat(file, "it is JSON, but not a SARIF log");
        }
        JsonNode version = log.path("version");
        if (!version.isTextual() || !version.asText().equals("2.1.0")) {
            throw new StaticAnalysisException("static-analysis report " + file + " is SARIF version "
                    + (version.isMissingNode() ? "(none given)" : version.toString().replace("\"", ""))
                    + ", but only SARIF 2.1.0 is read; configure the analyzer to write SARIF 2.1.0");
        }
        JsonNode runs = log.path("runs");
        if (!runs.isArray()) {
            throw FindingsReader.badValue(file, " at /runs", "runs is not an array; expected an array of runs", null);
        }
        if (runs.isEmpty()) {
            // The spec allows it, but a log without a run says no tool analysed anything: not clean, just unknown.
            throw FindingsReader.badValue(file, " at /runs", "runs is empty, so nothing was analysed; check that the"
                    + " analyzer ran on the sources and wrote its results", null);
        }
        FindingCounts counts = FindingCounts.NONE;
        for (int r = 0; r < runs.size(); r++) {
            counts = counts.plus(countRun(file, runs.get(r), "/runs/" + r));
        }
        return counts;
    }

    private static JsonNode parse(Path file) throws StaticAnalysisException {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith(DUPLICATE_KEY)) {
                throw FindingsReader.badValue(file, position, message + ": a key given twice is ambiguous (one of"
                        + " them would be ignored, and its findings with it); fix the tool that wrote the report", e);
            }
            throw FindingsReader.malformed(file, position, message.lines().findFirst().orElse(message), e);
        } catch (IOException e) {
            throw FindingsReader.unreadable(file, e);
        }
    }

    private static FindingCounts countRun(Path file, JsonNode run, String pointer) throws StaticAnalysisException {
        JsonNode invocations = run.path("invocations");
        for (int i = 0; i < invocations.size(); i++) {
            // SARIF 3.20.14: false means the tool did not finish: the code it did not reach is not clean.
            JsonNode successful = invocations.get(i).path("executionSuccessful");
            if (successful.isBoolean() && !successful.booleanValue()) {
                throw new StaticAnalysisException("static-analysis report " + file + " says at " + pointer
                        + "/invocations/" + i + "/executionSuccessful that the analyzer did not finish: code it did"
                        + " not analyse is not clean; fix the analyzer's run (its toolExecutionNotifications say why)"
                        + " and run it again");
            }
        }
        JsonNode results = run.path("results");
        if (!results.isArray()) {
            // The spec: results absent or null means the tool did not produce results, an empty array that it found
            // nothing. Only the latter may pass a gate.
            throw new StaticAnalysisException("static-analysis report " + file + " has no results array at " + pointer
                    + "/results: the analyzer did not finish; run it again");
        }
        FindingCounts counts = FindingCounts.NONE;
        for (int i = 0; i < results.size(); i++) {
            String at = pointer + "/results/" + i;
            try {
                if (!results.get(i).isObject()) {
                    throw new IllegalArgumentException("unknown SARIF result " + results.get(i) + "; expected an object");
                }
                Severity severity = severity(run, results.get(i));
                if (severity != null) {
                    counts = counts.plus(severity);
                }
            } catch (IllegalArgumentException e) {
                throw FindingsReader.badValue(file, " at " + at, e.getMessage(), e);
            }
        }
        return counts;
    }

    /** The severity of one result, or {@code null} when it is not counted (a pass, not applicable, or suppressed). */
    private static Severity severity(JsonNode run, JsonNode result) {
        String kind = text(result.path("kind"), "kind", "fail");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown SARIF kind \"" + kind
                    + "\"; expected fail, pass, notApplicable, informational, review or open");
        }
        // A result whose baselineState is "absent" was in the baseline and is gone from this run: fixed, not found.
        if (NOT_A_PROBLEM.contains(kind) || isSuppressed(result)
                || "absent".equals(result.path("baselineState").asText(""))) {
            return null;
        }
        JsonNode rule = rule(run, result);
        // SARIF 3.27.10: a result without a level takes "none" if its kind is not "fail", else the level the run's
        // invocation configured for its rule (ruleConfigurationOverrides), else the rule's default level, else
        // "warning".
        String fallback = kind.equals("fail")
                ? overriddenLevel(run, rule).orElse(text(rule.path("defaultConfiguration").path("level"),
                        "defaultConfiguration.level", "warning"))
                : "none";
        Severity severity = SeverityTable.sarifLevel(text(result.path("level"), "level", fallback));

        JsonNode score = result.path("properties").path("security-severity");
        if (score.isMissingNode() || score.isNull()) {
            score = rule.path("properties").path("security-severity");
        }
        if (!score.isMissingNode() && !score.isNull()
                && SeverityTable.securitySeverity(score.asText()) >= SeverityTable.SECURITY_SEVERITY_CRITICAL) {
            return Severity.CRITICAL;
        }
        return severity;
    }

    /** Suppressed when every suppression is accepted (no status means accepted); under review or rejected counts. */
    private static boolean isSuppressed(JsonNode result) {
        JsonNode suppressions = result.path("suppressions");
        if (!suppressions.isArray() || suppressions.isEmpty()) {
            return false;
        }
        for (JsonNode suppression : suppressions) {
            String status = suppression.path("status").asText("accepted");
            if (!status.equals("accepted")) {
                return false;
            }
        }
        return true;
    }

    /** The level an invocation's {@code ruleConfigurationOverrides} sets for {@code rule}, matched by its id. */
    private static Optional<String> overriddenLevel(JsonNode run, JsonNode rule) {
        String id = rule.path("id").asText("");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        JsonNode driverRules = run.path("tool").path("driver").path("rules");
        for (JsonNode invocation : run.path("invocations")) {
            for (JsonNode override : invocation.path("ruleConfigurationOverrides")) {
                JsonNode descriptor = override.path("descriptor");
                JsonNode index = descriptor.path("index");
                String described = descriptor.path("id").asText(index.canConvertToInt()
                        ? driverRules.path(index.asInt()).path("id").asText("") : "");
                JsonNode level = override.path("configuration").path("level");
                if (id.equals(described) && !level.isMissingNode() && !level.isNull()) {
                    return Optional.of(text(level, "ruleConfigurationOverrides configuration.level", "warning"));
                }
            }
        }
        return Optional.empty();
    }

    private static JsonNode rule(JsonNode run, JsonNode result) {
        JsonNode reference = result.path("rule");
        JsonNode component = run.path("tool").path("driver");
        JsonNode extension = reference.path("toolComponent").path("index");
        if (extension.canConvertToInt()) {
            component = run.path("tool").path("extensions").path(extension.asInt());
        }
        JsonNode rules = component.path("rules");
        JsonNode index = result.has("ruleIndex") ? result.path("ruleIndex") : reference.path("index");
        if (index.canConvertToInt() && index.asInt() >= 0 && rules.has(index.asInt())) {
            return rules.get(index.asInt());
        }
        String id = result.path("ruleId").asText(reference.path("id").asText(""));
        for (JsonNode candidate : rules) {
            if (!id.isEmpty() && id.equals(candidate.path("id").asText())) {
                return candidate;
            }
        }
        return MissingNode.getInstance();
    }

    private static String text(JsonNode node, String name, String absent) {
        if (node.isMissingNode() || node.isNull()) {
            return absent;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("unknown SARIF " + name + " " + node + "; expected a string");
        }
        return node.asText();
    }
}
