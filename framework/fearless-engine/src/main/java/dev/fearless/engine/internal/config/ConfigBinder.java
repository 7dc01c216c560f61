package dev.fearless.engine.internal.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import dev.fearless.engine.Layer;
import dev.fearless.engine.config.ConfigException;
import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.config.GateDefinition;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.engine.internal.config.YamlNode.Entry;
import dev.fearless.engine.internal.config.YamlNode.Mapping;
import dev.fearless.engine.internal.config.YamlNode.Scalar;
import dev.fearless.engine.internal.config.YamlNode.Scalar.Kind;
import dev.fearless.engine.internal.config.YamlNode.Sequence;

/** Binds the tree of a {@code fearless.yml} to a {@link FearlessConfig} over a base configuration. */
@API(status = INTERNAL, since = "0.1")
public final class ConfigBinder {

    static final List<String> KEYS = List.of("defaultLayer", "gates", "target");

    /** Keys under {@code target:} whose values are credentials. */
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|token|secret|api-?key|credential).*");

    private static final String NO_LAYER = "none";
    private static final Pattern GATE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ConfigBinder() {
    }

    /**
     * The configuration {@code root} describes. Its gates replace the gates of {@code base} with the same name, in
     * their place; its other gates follow. Without {@code defaultLayer}, the base's stays.
     *
     * @throws ConfigException naming file, line, column and key path of the first mistake
     */
    public static FearlessConfig bind(YamlNode root, FearlessConfig base, String source) {
        if (root instanceof Scalar scalar && scalar.kind() == Kind.NULL) {
            throw root.location().error("the file is empty; define gates under 'gates:', or delete the file to use"
                    + " the built-in gates");
        }
        if (!(root instanceof Mapping top)) {
            throw root.mustBe("a mapping with the keys " + String.join(", ", KEYS));
        }
        top.requireKnownKeys(KEYS);
        Optional<Layer> defaultLayer = top.get("defaultLayer").map(entry -> defaultLayer(entry.value()))
                .orElse(base.defaultLayer());
        Map<String, GateDefinition> gates = new LinkedHashMap<>(base.gates());
        top.get("gates").ifPresent(entry -> gates.putAll(gates(entry.value())));
        // The target environment belongs to the test-writing framework, which reads it; the gate only needs to know
        // its credentials, to keep them out of everything it writes.
        Set<String> secrets = new HashSet<>(base.secrets());
        top.get("target").ifPresent(entry -> collectSecrets(entry.value(), false, secrets));
        return new FearlessConfig(gates, defaultLayer, source, secrets);
    }

    private static void collectSecrets(YamlNode node, boolean secretKey, Set<String> secrets) {
        if (node instanceof Mapping mapping) {
            mapping.entries().values().forEach(entry ->
                    collectSecrets(entry.value(), secretKey || SECRET_KEY.matcher(entry.key()).matches(), secrets));
        } else if (node instanceof Sequence list) {
            list.items().forEach(item -> collectSecrets(item, secretKey, secrets));
        } else if (secretKey && node instanceof Scalar scalar && scalar.kind() != Kind.NULL
                && !scalar.text().isEmpty()) {
            secrets.add(scalar.text());
        }
    }

    private static Optional<Layer> defaultLayer(YamlNode node) {
        String choices = Layer.names() + ", " + NO_LAYER;
        if (!(node instanceof Scalar scalar && scalar.kind() == Kind.STRING)) {
            throw node.mustBe("one of " + choices);
        }
        if (NO_LAYER.equals(scalar.text())) {
            return Optional.empty();
        }
        return Optional.of(Layer.fromName(scalar.text()).filter(layer -> layer.tag().equals(scalar.text()))
                .orElseThrow(() -> node.location().error(node.path() + " " + scalar.describe()
                        + " is not a layer; use one of " + choices)));
    }

    private static Map<String, GateDefinition> gates(YamlNode node) {
        if (!(node instanceof Mapping mapping)) {
            throw node.mustBe("a mapping of gate names to lists of steps");
        }
        Map<String, GateDefinition> gates = new LinkedHashMap<>();
        for (Entry entry : mapping.entries().values()) {
            if (!GATE_NAME.matcher(entry.key()).matches()) {
                throw entry.keyLocation().error("gate name " + YamlNode.quote(entry.key()) + " is not valid; use"
                        + " letters, digits, '.', '_' and '-', starting with a letter or digit");
            }
            gates.put(entry.key(), new GateDefinition(entry.key(), steps(entry.value())));
        }
        return gates;
    }

    private static List<StepDefinition> steps(YamlNode node) {
        if (!(node instanceof Sequence list)) {
            throw node.mustBe("a list of steps such as '- step: unit'");
        }
        if (list.items().isEmpty()) {
            throw node.location().error(node.path() + " has no steps; add at least one such as '- step: unit',"
                    + " or remove the gate");
        }
        List<StepDefinition> steps = new ArrayList<>();
        Map<String, String> firstPathByName = new LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            StepDefinition step = StepBinder.bind(item);
            String first = firstPathByName.putIfAbsent(step.name(), item.path());
            if (first != null) {
                // Each step writes its reports under <reportDir>/<step>/, so a second one would overwrite the first.
                YamlNode name = ((Mapping) item).get("step").orElseThrow().value();
                throw name.location().error(name.path() + " '" + step.name() + "' repeats " + first
                        + "; a gate runs each step once, so merge the two entries");
            }
            steps.add(step);
        }
        return steps;
    }
}
