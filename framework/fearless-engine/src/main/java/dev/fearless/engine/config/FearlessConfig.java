package dev.fearless.engine.config;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apiguardian.api.API;

import dev.fearless.engine.CoverageMetric;
import dev.fearless.engine.Layer;

/**
 * The gates a project defines, and where tests without a layer tag belong.
 *
 * @param gates        the gates by name, in the order they were defined
 * @param defaultLayer the layer of a test that carries no layer tag, or empty when such tests belong to no layer
 * @param source       where this configuration came from, for messages ({@code built-in} or a file path)
 * @param secrets      credentials the file holds (under {@code target:}): never shown in any output of a run
 */
@API(status = STABLE, since = "0.1")
public record FearlessConfig(Map<String, GateDefinition> gates, Optional<Layer> defaultLayer, String source,
        Set<String> secrets) {

    public FearlessConfig {
        gates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gates));
        secrets = Set.copyOf(secrets);
    }

    /** A configuration that holds no credentials. */
    public FearlessConfig(Map<String, GateDefinition> gates, Optional<Layer> defaultLayer, String source) {
        this(gates, defaultLayer, source, Set.of());
    }

    /**
     * The gates Fearless defines when a project says nothing: {@code predeploy} = static (error 0, critical 0),
     * unit (pass rate 1.0, line coverage 0.85), module (pass rate 1.0); {@code postdeploy} = health, smoke, e2e,
     * each with pass rate 1.0. Untagged tests belong to {@code unit}.
     */
    public static FearlessConfig builtIn() {
        Map<String, GateDefinition> gates = new LinkedHashMap<>();
        gates.put("predeploy", new GateDefinition("predeploy", List.of(
                StepDefinition.staticAnalysis(StepDefinition.DEFAULT_MAX_FINDINGS),
                StepDefinition.of(Layer.UNIT).withPassRate(1.0).withCoverage(Map.of(CoverageMetric.LINE, 0.85)),
                StepDefinition.of(Layer.MODULE).withPassRate(1.0))));
        gates.put("postdeploy", new GateDefinition("postdeploy", List.of(
                StepDefinition.of(Layer.HEALTH).withPassRate(1.0),
                StepDefinition.of(Layer.SMOKE).withPassRate(1.0),
                StepDefinition.of(Layer.E2E).withPassRate(1.0))));
        return new FearlessConfig(gates, Optional.of(Layer.UNIT), "built-in");
    }

    /** The gate called {@code name}, if defined. */
    public Optional<GateDefinition> gate(String name) {
        return Optional.ofNullable(gates.get(name));
    }

    /**
     * The gate called {@code name}.
     *
     * @throws ConfigException when it is not defined, listing the gates that are (see
     *                         {@link ConfigLoader#unknownGate(FearlessConfig, String)})
     */
    public GateDefinition requireGate(String name) {
        return gate(name).orElseThrow(() -> ConfigLoader.unknownGate(this, name));
    }
}
