package dev.fearless.reports;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apiguardian.api.API;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import dev.fearless.engine.Verdict;

/**
 * Writes a {@link Verdict} as pretty-printed JSON, the format of {@code verdict.json} (schema
 * {@value Verdict#SCHEMA}):
 *
 * <pre>{@code
 * {
 *   "schema" : "fearless.verdict/v1",
 *   "gate" : "predeploy",
 *   "decision" : "STOP",
 *   "reason" : "step unit: coverage.line is 0.5000, but expected minimum is 0.8500",
 *   "durationMs" : 15230,
 *   "exitCode" : 1,
 *   "steps" : [ {
 *     "name" : "unit", "layer" : "unit", "decision" : "STOP", "reason" : "...", "durationMs" : 14200,
 *     "tests" : { "found" : 20000, "passed" : 20000, "failed" : 0, "aborted" : 0, "skipped" : 0 },
 *     "coverage" : { "line" : 0.5, "branch" : 0.41, "instruction" : 0.52 },
 *     "coverageExclude" : [ "*.Jdbc*Repository" ],
 *     "rules" : [ { "rule" : "coverage.line", "threshold" : 0.85, "actual" : 0.5, "ok" : false, "message" : "..." } ],
 *     "failures" : [ ]
 *   } ]
 * }
 * }</pre>
 *
 * <p>Fields whose value is {@code null} are left out: {@code layer} and {@code tests} of the {@code static} step,
 * {@code coverage} of a step that measured none, {@code findings} of a test step, a rule's unmeasured
 * {@code actual}. {@code coverageExclude}, the step's {@code coverage.exclude} patterns, is left out when empty. Decisions and statuses are written by name. Every rule is written, held or not.
 */
@API(status = STABLE, since = "0.1")
public final class VerdictJson {

    private static final JsonFactory JSON = new JsonFactory();

    private VerdictJson() {
    }

    /** The verdict as JSON text, ending with a newline. */
    public static String toJson(Verdict verdict) {
        return new String(toBytes(verdict), StandardCharsets.UTF_8);
    }

    /** The verdict as UTF-8 JSON, ending with a newline. */
    public static byte[] toBytes(Verdict verdict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    // "\n" rather than the platform's line separator: the file is the same on every OS.
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            VerdictDocument.write(verdict, json);
        } catch (IOException e) {
            // Written to memory from plain values: this would be a bug in the mapping.
            throw new IllegalStateException("cannot write the verdict of gate " + verdict.gate() + " as JSON", e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
