package dev.fearless.engine;

import java.util.List;

import dev.fearless.engine.config.StepDefinition;

/**
 * Tells several listeners, in order. Plain loops over an array rather than {@code List.forEach} with a lambda: this
 * runs twice per test, and in {@code -XX:+LogCompilation} logs of the gate's JVM the JDK's shared
 * {@code Iterable.forEach} was the largest C2 compilation of a run, with every listener's per-test code inlined.
 */
final class CompositeGateListener implements GateListener {

    private final GateListener[] listeners;

    CompositeGateListener(List<GateListener> listeners) {
        this.listeners = List.copyOf(listeners).toArray(new GateListener[0]);
    }

    @Override
    public void gateStarted(String gate, List<StepDefinition> steps) {
        for (GateListener listener : listeners) {
            listener.gateStarted(gate, steps);
        }
    }

    @Override
    public void stepStarted(StepDefinition step) {
        for (GateListener listener : listeners) {
            listener.stepStarted(step);
        }
    }

    @Override
    public void testsFound(StepDefinition step, long found) {
        for (GateListener listener : listeners) {
            listener.testsFound(step, found);
        }
    }

    @Override
    public void testStarted(StepDefinition step, String uniqueId, String displayName) {
        for (GateListener listener : listeners) {
            listener.testStarted(step, uniqueId, displayName);
        }
    }

    @Override
    public void testFinished(StepDefinition step, TestResult result) {
        for (GateListener listener : listeners) {
            listener.testFinished(step, result);
        }
    }

    @Override
    public void coverageMeasured(StepDefinition step, List<PackageCoverage> packages) {
        for (GateListener listener : listeners) {
            listener.coverageMeasured(step, packages);
        }
    }

    @Override
    public void stepFinished(StepDefinition step, StepResult result) {
        for (GateListener listener : listeners) {
            listener.stepFinished(step, result);
        }
    }

    @Override
    public void gateFinished(Verdict verdict) {
        for (GateListener listener : listeners) {
            listener.gateFinished(verdict);
        }
    }
}
