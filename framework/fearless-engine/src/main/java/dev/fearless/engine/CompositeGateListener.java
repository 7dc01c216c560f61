package dev.fearless.engine;

import java.util.List;

import dev.fearless.engine.config.StepDefinition;

/** Tells several listeners, in order. */
final class CompositeGateListener implements GateListener {

    private final List<GateListener> listeners;

    CompositeGateListener(List<GateListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void gateStarted(String gate, List<StepDefinition> steps) {
        listeners.forEach(listener -> listener.gateStarted(gate, steps));
    }

    @Override
    public void stepStarted(StepDefinition step) {
        listeners.forEach(listener -> listener.stepStarted(step));
    }

    @Override
    public void testsFound(StepDefinition step, long found) {
        listeners.forEach(listener -> listener.testsFound(step, found));
    }

    @Override
    public void testStarted(StepDefinition step, String uniqueId, String displayName) {
        listeners.forEach(listener -> listener.testStarted(step, uniqueId, displayName));
    }

    @Override
    public void testFinished(StepDefinition step, TestResult result) {
        listeners.forEach(listener -> listener.testFinished(step, result));
    }

    @Override
    public void coverageMeasured(StepDefinition step, List<PackageCoverage> packages) {
        listeners.forEach(listener -> listener.coverageMeasured(step, packages));
    }

    @Override
    public void stepFinished(StepDefinition step, StepResult result) {
        listeners.forEach(listener -> listener.stepFinished(step, result));
    }

    @Override
    public void gateFinished(Verdict verdict) {
        listeners.forEach(listener -> listener.gateFinished(verdict));
    }
}
