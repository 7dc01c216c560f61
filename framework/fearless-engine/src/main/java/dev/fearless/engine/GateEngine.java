package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import dev.fearless.engine.config.ConfigLoader;
import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.internal.GateRun;

/**
 * Runs a gate: loads its configuration, runs each step (static analysis, or a layer's tests in a forked JVM),
 * applies the step's rules and returns the verdict.
 *
 * <p>{@link #run} never throws for a bad configuration or a broken run: it returns a verdict whose decision is
 * {@link Decision#ERROR} or {@link Decision#STOP} and whose {@link Verdict#exitCode() exit code} says which (see
 * {@link ExitCode}). The listener hears every step and test as it happens and always hears
 * {@link GateListener#gateFinished}.
 *
 * <pre>{@code
 * Verdict verdict = new GateEngine().run(request, GateListener.NONE);
 * System.exit(verdict.exitCode());
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class GateEngine {

    /** Runs the gate of {@code request} with the project's {@code fearless.yml} (or the built-in gates). */
    public Verdict run(GateRequest request, GateListener listener) {
        FearlessConfig config;
        try {
            config = ConfigLoader.resolve(request.projectDir(), request.configFile());
        } catch (GateException e) {
            Verdict verdict = Verdict.error(request.gate(), e.getMessage(), 0, e.exitCode());
            listener.gateFinished(verdict);
            return verdict;
        }
        return run(request, config, listener);
    }

    /** Runs the gate of {@code request} as {@code config} defines it. */
    public Verdict run(GateRequest request, FearlessConfig config, GateListener listener) {
        return new GateRun(request, config, listener).run();
    }
}
