package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import dev.fearless.engine.config.StepDefinition;

/**
 * Hears a gate run as it happens: the console's progress line and the streaming reports are listeners. Every method
 * has an empty default; methods are called from one thread at a time.
 *
 * <p>Results stream through here one test at a time, so a listener that writes them out keeps nothing in memory.
 */
@API(status = STABLE, since = "0.1")
public interface GateListener {

    /** A listener that does nothing. */
    GateListener NONE = new GateListener() {
    };

    /** One listener that tells each of {@code listeners}, in order. */
    static GateListener of(GateListener... listeners) {
        return new CompositeGateListener(java.util.List.of(listeners));
    }

    /** The gate starts with these steps. */
    default void gateStarted(String gate, java.util.List<StepDefinition> steps) {
    }

    /** A step starts. */
    default void stepStarted(StepDefinition step) {
    }

    /** The step's fork discovered {@code found} tests (dynamic tests may add to it later). */
    default void testsFound(StepDefinition step, long found) {
    }

    /** A test of the step started. */
    default void testStarted(StepDefinition step, String uniqueId, String displayName) {
    }

    /** A test of the step ended (passed, failed, aborted or skipped). */
    default void testFinished(StepDefinition step, TestResult result) {
    }

    /** The step measured coverage: by package, in package order (its totals are in the step's result). */
    default void coverageMeasured(StepDefinition step, java.util.List<PackageCoverage> packages) {
    }

    /** A step ended with this result. */
    default void stepFinished(StepDefinition step, StepResult result) {
    }

    /** The gate ended with this verdict. */
    default void gateFinished(Verdict verdict) {
    }
}
