package dev.fearless.engine.internal.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.fearless.engine.CoverageMetric;
import dev.fearless.engine.Layer;
import dev.fearless.engine.Severity;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.engine.internal.config.YamlNode.Entry;
import dev.fearless.engine.internal.config.YamlNode.Mapping;
import dev.fearless.engine.internal.config.YamlNode.Scalar;
import dev.fearless.engine.internal.config.YamlNode.Scalar.Kind;
import dev.fearless.engine.internal.config.YamlNode.Sequence;

/** Binds one entry of a gate's list, {@code - step: unit ...}, to a {@link StepDefinition}. */
final class StepBinder {

    static final List<String> KEYS = List.of("step", "passRate", "minTests", "coverage", "testTimeout",
            "maxDuration", "maxFindings", "reports");
    static final String STEP_NAMES = Layer.names() + ", " + StepDefinition.STATIC;

    private static final List<String> STATIC_ONLY = List.of("maxFindings", "reports");
    // The static step runs its analysis in the gate's own JVM: no test to count or time, and nothing that a time
    // limit could stop, so these keys would be accepted and silently ignored there.
    private static final List<String> TESTS_ONLY = List.of("passRate", "minTests", "coverage", "testTimeout",
            "maxDuration");

    private StepBinder() {
    }

    static StepDefinition bind(YamlNode node) {
        if (!(node instanceof Mapping step)) {
            throw node.mustBe("a mapping such as '- step: unit'");
        }
        step.requireKnownKeys(KEYS);
        Entry stepEntry = step.get("step").orElseThrow(() -> step.location().error(
                step.path() + " has no step; add 'step:' with one of " + STEP_NAMES));
        String name = stepName(stepEntry.value());
        boolean isStatic = StepDefinition.STATIC.equals(name);

        Double passRate = null;
        int minTests = isStatic ? 0 : 1;
        Map<CoverageMetric, Double> coverage = Map.of();
        List<String> coverageExclude = List.of();
        Duration testTimeout = null;
        Duration maxDuration = null;
        Map<Severity, Long> maxFindings = Map.of();
        List<String> reports = List.of();
        // In file order, so that the first mistake reported is the first one in the file.
        for (Entry entry : step.entries().values()) {
            requireAllowed(step, entry, name, isStatic);
            YamlNode value = entry.value();
            switch (entry.key()) {
                case "passRate" -> passRate = Scalars.ratio(value);
                case "minTests" -> minTests = Scalars.minimumTests(value);
                case "coverage" -> {
                    CoverageBinder.Coverage bound = CoverageBinder.bind(value);
                    coverage = bound.minimums();
                    coverageExclude = bound.exclude();
                }
                case "testTimeout" -> testTimeout = Scalars.duration(value);
                case "maxDuration" -> maxDuration = Scalars.duration(value);
                case "maxFindings" -> maxFindings = maxFindings(value);
                case "reports" -> reports = reports(value);
                default -> { } // "step", read above
            }
        }
        return new StepDefinition(name, passRate, minTests, coverage, coverageExclude, testTimeout, maxDuration,
                maxFindings, reports);
    }

    private static String stepName(YamlNode node) {
        if (node instanceof Scalar scalar && scalar.kind() == Kind.STRING) {
            String text = scalar.text();
            boolean isLayer = Layer.fromName(text).filter(layer -> layer.tag().equals(text)).isPresent();
            if (isLayer || StepDefinition.STATIC.equals(text)) {
                return text;
            }
            throw node.location().error(node.path() + " " + scalar.describe() + " is not a layer; use one of "
                    + STEP_NAMES);
        }
        throw node.mustBe("one of " + STEP_NAMES);
    }

    private static void requireAllowed(Mapping step, Entry entry, String name, boolean isStatic) {
        if (isStatic && TESTS_ONLY.contains(entry.key())) {
            throw entry.keyLocation().error(entry.key() + " is only for test steps, but " + step.path()
                    + " is the static step; move it to a test step such as '- step: unit', or remove it");
        }
        if (!isStatic && STATIC_ONLY.contains(entry.key())) {
            throw entry.keyLocation().error(entry.key() + " is only for the static step, but " + step.path()
                    + " is step '" + name + "'; move it to a '- step: static' entry, or remove it");
        }
    }

    /**
     * At least one limit: an empty mapping would be no rule at all (the record would quietly put the defaults in its
     * place), so it is a mistake to point out, not to guess at.
     */
    private static Map<Severity, Long> maxFindings(YamlNode node) {
        if (node instanceof Mapping mapping && mapping.entries().isEmpty()) {
            throw node.mustBe("at least one limit such as { error: 0, critical: 0 }; leave maxFindings out for the"
                    + " built-in error 0, critical 0");
        }
        return byKey(node, Severity.values(), Severity::key, Scalars::longCount,
                "a mapping such as { error: 0, critical: 0 }");
    }

    /** A mapping whose keys are the {@code keyOf} of {@code constants}, to an {@link EnumMap}. */
    private static <E extends Enum<E>, V> Map<E, V> byKey(YamlNode node, E[] constants, Function<E, String> keyOf,
            Function<YamlNode, V> valueOf, String expectation) {
        if (!(node instanceof Mapping mapping)) {
            throw node.mustBe(expectation);
        }
        mapping.requireKnownKeys(Arrays.stream(constants).map(keyOf).toList());
        Map<E, V> values = new EnumMap<>(constants[0].getDeclaringClass());
        for (Entry entry : mapping.entries().values()) {
            E constant = Arrays.stream(constants).filter(c -> keyOf.apply(c).equals(entry.key())).findFirst()
                    .orElseThrow();
            values.put(constant, valueOf.apply(entry.value()));
        }
        return values;
    }

    /**
     * The report files: at least one (an empty list reads like a setting, but the step would run PMD instead), none
     * twice, even written two ways ({@code r/p.xml}, {@code ./r/../r/p.xml}): its findings would count twice.
     */
    private static List<String> reports(YamlNode node) {
        if (!(node instanceof Sequence list) || list.items().isEmpty()) {
            throw node.mustBe("a list of one or more report files such as [target/pmd.xml]; leave reports out to"
                    + " have the step run PMD itself");
        }
        List<String> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            String file = Scalars.text(item, "a report file such as target/pmd.xml");
            Path path;
            try {
                path = Path.of(file).normalize();
            } catch (InvalidPathException e) {
                throw item.mustBe("a file path (" + e.getReason() + ")");
            }
            if (!seen.add(path)) {
                throw item.mustBe("a report not listed before (it names the same file as an earlier entry, whose"
                        + " findings would count twice)");
            }
            files.add(file);
        }
        return files;
    }
}
