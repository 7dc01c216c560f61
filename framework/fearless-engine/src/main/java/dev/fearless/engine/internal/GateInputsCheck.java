package dev.fearless.engine.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.fearless.engine.GateException;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.config.GateDefinition;
import dev.fearless.engine.config.StepDefinition;

/**
 * Refuses a gate whose steps need an input the request lacks, before any step runs: test steps without test roots
 * would find no tests, and a coverage rule over classes that are not there could not be measured. A gate that does
 * not need the input (static analysis alone; no coverage rule) runs without it, so a caller may pass the same options
 * to every gate and every module.
 */
final class GateInputsCheck {

    private GateInputsCheck() {
    }

    /**
     * @throws GateException (exit code 2) naming the steps that need the input and what to give
     */
    static void check(GateDefinition gate, GateRequest request) {
        List<StepDefinition> testSteps = gate.steps().stream().filter(step -> !step.isStatic()).toList();
        if (request.scanRoots().isEmpty() && !testSteps.isEmpty()) {
            throw GateException.usage("no test roots: gate " + gate.name() + " runs tests in step(s) "
                    + names(testSteps) + "; give --scan-class-path DIR, or --scan-class-path alone to scan every"
                    + " folder of --class-path");
        }
        List<StepDefinition> measuring = testSteps.stream().filter(StepDefinition::measuresCoverage).toList();
        Optional<Path> missing = request.coverageClasses().stream().filter(path -> !Files.exists(path)).findFirst();
        if (!measuring.isEmpty() && missing.isPresent()) {
            throw GateException.usage("the classes under test " + missing.get() + " do not exist, and step(s) "
                    + names(measuring) + " of gate " + gate.name() + " measure coverage over them; compile the code"
                    + " under test, fix the path (--coverage-classes for the CLI), or remove the coverage rule for a"
                    + " module that has no code of its own");
        }
    }

    private static String names(List<StepDefinition> steps) {
        return steps.stream().map(StepDefinition::name).collect(Collectors.joining(", "));
    }
}
