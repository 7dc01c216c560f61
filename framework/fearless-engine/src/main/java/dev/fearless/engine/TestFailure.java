package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A failed or aborted test, kept in the verdict so a STOP can say which tests broke. A step keeps the first
 * {@value StepResult#MAX_FAILURES_KEPT}; reports that need all of them listen to {@link GateListener}.
 *
 * @param test    {@code ClassName.method()}
 * @param status  {@code FAILED} or {@code ABORTED}
 * @param message the first line of the failure message
 */
@API(status = STABLE, since = "0.1")
public record TestFailure(String test, TestStatus status, String message) {
}
