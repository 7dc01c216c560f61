package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Runs a gate: loads its configuration, runs each step (static analysis, or a layer's tests in a forked JVM),
 * applies the step's rules and returns the verdict.
 *
 * <p>{@link #run} never throws for a bad configuration or a broken run: it returns a verdict whose decision is
 * {@link Decision#ERROR} or {@link Decision#STOP} and whose {@link Verdict#exitCode() exit code} says which (see
 * {@link ExitCode}). The listener hears every step and test as it happens and always hears
 * {@link GateListener#gateFinished}.
 */
@API(status = STABLE, since = "0.1")
public final class GateEngine {

    /** Runs the gate of {@code request} and returns its verdict. */
    public Verdict run(GateRequest request, GateListener listener) {
        throw new UnsupportedOperationException("TODO");
    }
}
