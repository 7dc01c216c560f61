package dev.fearless.engine.internal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.fearless.engine.CoverageMetric;
import dev.fearless.engine.internal.config.YamlNode.Entry;
import dev.fearless.engine.internal.config.YamlNode.Mapping;
import dev.fearless.engine.internal.config.YamlNode.Scalar;
import dev.fearless.engine.internal.config.YamlNode.Scalar.Kind;
import dev.fearless.engine.internal.config.YamlNode.Sequence;

/**
 * Binds a test step's {@code coverage:} mapping, {@code { line: 0.85, exclude: ["*.Jdbc*Repository"] }}: the minimum
 * ratio of each metric, and the class-name patterns whose classes the measurement leaves out.
 */
final class CoverageBinder {

    static final String EXCLUDE = "exclude";

    private static final List<String> METRICS = Arrays.stream(CoverageMetric.values()).map(CoverageMetric::key)
            .toList();
    private static final List<String> KEYS = Stream.concat(METRICS.stream(), Stream.of(EXCLUDE)).toList();
    private static final String PATTERN = "a class name pattern such as \"*.Jdbc*Repository\" (dotted names,"
            + " * for any characters, ? for one; no '/', no spaces)";

    private CoverageBinder() {
    }

    /** The minimums and the excluded patterns of one step. */
    record Coverage(Map<CoverageMetric, Double> minimums, List<String> exclude) {
    }

    static Coverage bind(YamlNode node) {
        if (!(node instanceof Mapping mapping)) {
            throw node.mustBe("a mapping such as { line: 0.85, branch: 0.70 }");
        }
        if (mapping.entries().isEmpty()) {
            // An empty coverage mapping measures nothing, yet reads as if the step had a coverage rule.
            throw node.mustBe("at least one minimum such as { line: 0.85 } (keys " + String.join(", ", METRICS)
                    + "); remove coverage if the step measures none");
        }
        mapping.requireKnownKeys(KEYS);
        Map<CoverageMetric, Double> minimums = new EnumMap<>(CoverageMetric.class);
        List<String> exclude = List.of();
        for (Entry entry : mapping.entries().values()) {
            if (EXCLUDE.equals(entry.key())) {
                exclude = patterns(entry.value());
            } else {
                CoverageMetric metric = Arrays.stream(CoverageMetric.values())
                        .filter(m -> m.key().equals(entry.key())).findFirst().orElseThrow();
                minimums.put(metric, Scalars.ratio(entry.value()));
            }
        }
        Entry excludeEntry = mapping.get(EXCLUDE).orElse(null);
        if (excludeEntry != null && minimums.isEmpty()) {
            // Without a minimum the step measures nothing, so the patterns would silently do nothing.
            throw excludeEntry.keyLocation().error(excludeEntry.value().path() + " needs at least one of " + String.join(", ", METRICS)
                    + ": without a minimum the step measures no coverage; add one such as 'line: 0.85', or remove "
                    + EXCLUDE);
        }
        return new Coverage(minimums, exclude);
    }

    private static List<String> patterns(YamlNode node) {
        if (!(node instanceof Sequence list)) {
            throw node.mustBe("a list of class name patterns such as [\"*.Jdbc*Repository\"]");
        }
        List<String> patterns = new ArrayList<>();
        for (YamlNode item : list.items()) {
            patterns.add(pattern(item));
        }
        return patterns;
    }

    /**
     * A non-blank pattern. A file path (the syntax of the JaCoCo Maven plugin's report excludes) or a name with a
     * space can never match a dotted class name, so it is rejected rather than left to exclude nothing.
     */
    private static String pattern(YamlNode item) {
        if (item instanceof Scalar scalar && scalar.kind() == Kind.STRING && !scalar.text().isBlank()
                && scalar.text().chars().noneMatch(c -> c == '/' || c == '\\' || Character.isWhitespace(c))) {
            return scalar.text();
        }
        throw item.mustBe(PATTERN);
    }
}
