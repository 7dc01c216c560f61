package dev.fearless.engine.internal;

import dev.fearless.engine.StepResult;

/** A step's result and the exit code it calls for (see {@link dev.fearless.engine.ExitCode}). */
public record StepOutcome(StepResult result, int exitCode) {
}
