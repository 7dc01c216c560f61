package dev.fearless.engine.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import dev.fearless.engine.GateException;
import dev.fearless.engine.config.GateDefinition;
import dev.fearless.engine.config.StepDefinition;

/**
 * Refuses a gate with test steps when no test roots were given: its test steps would find no tests. Checked before
 * any step runs, so a gate of static analysis alone needs no test roots, and a gate with tests learns of the missing
 * option at once rather than after its static step.
 */
final class TestRootsCheck {

    private TestRootsCheck() {
    }

    /**
     * @throws GateException (exit code 2) naming the gate's test steps and the option to give
     */
    static void check(GateDefinition gate, List<Path> scanRoots) {
        List<StepDefinition> testSteps = gate.steps().stream().filter(step -> !step.isStatic()).toList();
        if (!scanRoots.isEmpty() || testSteps.isEmpty()) {
            return;
        }
        throw GateException.usage("no test roots: gate " + gate.name() + " runs tests in step(s) "
                + testSteps.stream().map(StepDefinition::name).collect(Collectors.joining(", "))
                + "; give --scan-class-path DIR, or --scan-class-path alone to scan every folder of --class-path");
    }
}
