package dev.fearless.reports.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fearless.engine.Verdict;
import dev.fearless.reports.VerdictJson;

/**
 * Puts a gate's verdict into an {@code allure-results} folder, so that Allure's report shows the decision next to the
 * tests: {@code environment.properties} (the report's Environment widget) and {@code categories.json}.
 *
 * <pre>{@code
 * AllureEnrichment.write(reportDir.resolve("verdict.json"), reportDir.resolve("allure-results"));
 * }</pre>
 *
 * <p>The environment holds {@code fearless.gate}, {@code fearless.decision}, {@code fearless.reason},
 * {@code fearless.exitCode}, one {@code fearless.step.<step>} per step (its decision and numbers) and one
 * {@code fearless.rule.<step>.<rule>} per rule that did not hold ({@code actual (threshold ...)}). The categories are
 * Allure's "Failed tests" and "Broken tests" and, for a {@code passRate} or {@code testTimeout} rule that did not hold,
 * one category that gathers the failures the verdict lists for that step (matched by their messages). Other rules
 * (coverage, findings, minimum tests, durations) are about no test in particular: they are in the environment only.
 * Every value comes from the verdict, which the engine has already masked for secrets.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllureEnrichment {

    /** The file of the report's Environment widget. */
    public static final String ENVIRONMENT_FILE = "environment.properties";
    /** The file of the report's categories. */
    public static final String CATEGORIES_FILE = "categories.json";

    /** Rules whose violation is made of failed tests, which a category can therefore gather. */
    private static final Set<String> TEST_RULES = Set.of("passRate", "testTimeout");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureEnrichment() {
    }

    /**
     * Reads {@code verdictFile} and writes the environment and categories into {@code resultsDir}, creating it if
     * needed.
     *
     * @throws AllureReportException when the verdict is missing or unreadable, or the files cannot be written
     */
    public static void write(Path verdictFile, Path resultsDir) {
        JsonNode verdict;
        try {
            verdict = JSON.readTree(verdictFile.toFile());
        } catch (IOException e) {
            String what = e instanceof NoSuchFileException || !Files.exists(verdictFile)
                    ? "no verdict " + verdictFile + ": run a gate first"
                    : "cannot read the verdict " + verdictFile + ": " + e.getMessage();
            throw new AllureReportException(what, e);
        }
        if (verdict == null || !verdict.isObject() || !verdict.hasNonNull("decision")) {
            throw new AllureReportException("the verdict " + verdictFile + " has no decision: it is not a Fearless"
                    + " verdict.json; run a gate again");
        }
        write(verdict, resultsDir);
    }

    /** As {@link #write(Path, Path)}, for a verdict the caller holds. */
    public static void write(Verdict verdict, Path resultsDir) {
        try {
            write(JSON.readTree(VerdictJson.toBytes(verdict)), resultsDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read back the JSON of the verdict of " + verdict.gate(), e);
        }
    }

    private static void write(JsonNode verdict, Path resultsDir) {
        try {
            Files.createDirectories(resultsDir);
            writeAtomically(resultsDir.resolve(ENVIRONMENT_FILE), environment(verdict));
            writeAtomically(resultsDir.resolve(CATEGORIES_FILE), categories(verdict));
        } catch (IOException e) {
            throw new AllureReportException("cannot write the verdict into " + resultsDir + ": " + e
                    + "; check that it is writable", e);
        }
    }

    /** The verdict as {@code environment.properties} text, in the verdict's order. */
    static String environment(JsonNode verdict) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("fearless.gate", verdict.path("gate").asText());
        entries.put("fearless.decision", verdict.path("decision").asText());
        entries.put("fearless.reason", verdict.path("reason").asText());
        entries.put("fearless.exitCode", verdict.path("exitCode").asText());
        for (JsonNode step : verdict.path("steps")) {
            entries.put("fearless.step." + step.path("name").asText(), stepSummary(step));
        }
        for (JsonNode step : verdict.path("steps")) {
            for (JsonNode rule : step.path("rules")) {
                if (!rule.path("ok").asBoolean(true)) {
                    entries.put("fearless.rule." + step.path("name").asText() + "." + rule.path("rule").asText(),
                            text(rule.get("actual"), "unmeasured") + " (threshold "
                                    + text(rule.get("threshold"), "none") + ")");
                }
            }
        }
        StringBuilder properties = new StringBuilder();
        entries.forEach((key, value) -> properties.append(escape(key, true)).append('=')
                .append(escape(value, false)).append('\n'));
        return properties.toString();
    }

    /** The categories as {@code categories.json} text. */
    static String categories(JsonNode verdict) {
        ArrayNode categories = JSON.createArrayNode();
        for (JsonNode step : verdict.path("steps")) {
            for (JsonNode rule : step.path("rules")) {
                String name = rule.path("rule").asText();
                if (!rule.path("ok").asBoolean(true) && TEST_RULES.contains(name)) {
                    failureCategory(step, rule).ifPresent(categories::add);
                }
            }
        }
        categories.add(category("Failed tests", "failed"));
        categories.add(category("Broken tests", "broken"));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(categories) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write Allure categories", e);
        }
    }

    /** A category for the failures of a step whose test rule did not hold; empty when none has a message. */
    private static Optional<ObjectNode> failureCategory(JsonNode step, JsonNode rule) {
        Set<String> messages = new LinkedHashSet<>();
        for (JsonNode failure : step.path("failures")) {
            if (failure.hasNonNull("message") && !failure.path("message").asText().isBlank()) {
                messages.add(messagePattern(failure.path("message").asText()));
            }
        }
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode category = category("Gate " + step.path("decision").asText() + ", step "
                + step.path("name").asText() + ": " + rule.path("message").asText(), "failed", "broken");
        category.put("messageRegex", String.join("|", messages));
        return Optional.of(category);
    }

    /**
     * A regular expression that Allure's whole status message of a failure matches, from the verdict's one-line
     * summary of it. The summary joins the first paragraph's lines with spaces, may be cut short ({@code ...}), and
     * names a non-assertion exception's class in front ({@code IllegalStateException: boom}), where Allure keeps the
     * message as thrown ({@code boom}, or REST Assured's {@code 1 expectation failed.} and the expectation on the next
     * line): so any whitespace matches any whitespace, the class in front is optional, and anything may follow.
     */
    static String messagePattern(String summary) {
        String text = summary.endsWith("...") ? summary.substring(0, summary.length() - 3) : summary;
        String typePrefix = "";
        Matcher typed = TYPE_PREFIX.matcher(text);
        if (typed.lookingAt()) {
            // Optional whatever the word: the message as thrown may start with it too ("expected: <4> ...").
            typePrefix = "(?:" + Pattern.quote(typed.group()) + ")?";
            text = text.substring(typed.end());
        }
        String words = Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty())
                .map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return "(?s)\\s*" + typePrefix + words + ".*";
    }

    /** The exception's simple name that the verdict's summary may put in front of the message. */
    private static final Pattern TYPE_PREFIX = Pattern.compile("[\\w$]+: ");

    private static ObjectNode category(String name, String... statuses) {
        ObjectNode category = JSON.createObjectNode();
        category.put("name", name);
        ArrayNode matched = category.putArray("matchedStatuses");
        for (String status : statuses) {
            matched.add(status);
        }
        return category;
    }

    /** "STOP: 3 tests (1 passed, 1 failed, 1 aborted, 0 skipped); coverage line 0.5; findings error 0, ...". */
    private static String stepSummary(JsonNode step) {
        List<String> parts = new ArrayList<>();
        JsonNode tests = step.get("tests");
        if (tests != null && tests.isObject()) {
            parts.add(tests.path("found").asText() + " tests (" + tests.path("passed").asText() + " passed, "
                    + tests.path("failed").asText() + " failed, " + tests.path("aborted").asText() + " aborted, "
                    + tests.path("skipped").asText() + " skipped)");
        }
        JsonNode coverage = step.get("coverage");
        if (coverage != null && coverage.isObject() && !coverage.isEmpty()) {
            parts.add("coverage " + fields(coverage));
        }
        JsonNode findings = step.get("findings");
        if (findings != null && findings.isObject()) {
            parts.add("findings " + fields(findings));
        }
        String decision = step.path("decision").asText();
        return parts.isEmpty() ? decision : decision + ": " + String.join("; ", parts);
    }

    private static String fields(JsonNode object) {
        StringJoiner joined = new StringJoiner(", ");
        object.fields().forEachRemaining(field -> joined.add(field.getKey() + " " + field.getValue().asText()));
        return joined.toString();
    }

    private static String text(JsonNode value, String absent) {
        return value == null || value.isNull() ? absent : value.asText();
    }

    /**
     * Escapes as {@link java.util.Properties#store} does, for a key or a value. Non-ASCII becomes {@code \\uXXXX}:
     * the file is read as ISO-8859-1 by {@code Properties.load(InputStream)}.
     */
    static String escape(String text, boolean key) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case '=', ':', '#', '!' -> escaped.append('\\').append(c);
                case ' ' -> escaped.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Readers (a generator started in parallel) see the old file or the new one, never half of one. */
    private static void writeAtomically(Path file, String content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
