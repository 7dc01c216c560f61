package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The outcome of a gate or of one of its steps.
 *
 * <p>A gate's decision is {@link #GO}, {@link #STOP} or {@link #ERROR}; {@link #SKIPPED} is only given to a step
 * that did not run because an earlier step stopped the gate.
 */
@API(status = STABLE, since = "0.1")
public enum Decision {
    /** Every rule held: the pipeline may go on. */
    GO,
    /** A rule was violated, or the tests could not be run to their end: the pipeline must stop. */
    STOP,
    /** The gate could not be evaluated at all (bad configuration, nothing to run with). */
    ERROR,
    /** The step was not run because an earlier step stopped the gate. */
    SKIPPED
}
