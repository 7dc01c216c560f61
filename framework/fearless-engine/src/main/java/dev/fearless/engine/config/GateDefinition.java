package dev.fearless.engine.config;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

/** A named gate: its steps, run in order. */
@API(status = STABLE, since = "0.1")
public record GateDefinition(String name, List<StepDefinition> steps) {

    public GateDefinition {
        steps = List.copyOf(steps);
    }
}
