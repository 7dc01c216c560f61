package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

/**
 * The result of a gate run: a decision, its one-line reason and every step's measurements and rules. Written as
 * {@code verdict.json} by the reports module.
 *
 * @param schema     always {@value #SCHEMA}
 * @param gate       the gate's name
 * @param decision   GO, STOP or ERROR
 * @param reason     one line naming the step and rule (or file, or test) that decided
 * @param durationMs the whole run's duration
 * @param exitCode   the process exit code that goes with this verdict (see {@link ExitCode})
 * @param steps      every step of the gate, in order
 * @param target     the target environment the tests used, when a test of the run read one (through
 *                   {@code fearless-framework}); {@code null} otherwise
 */
@API(status = STABLE, since = "0.1")
public record Verdict(String schema, String gate, Decision decision, String reason, long durationMs, int exitCode,
        List<StepResult> steps, TargetUsed target) {

    /** The schema id of the verdict format. */
    public static final String SCHEMA = "fearless.verdict/v1";

    public Verdict {
        steps = List.copyOf(steps);
    }

    /** A verdict whose tests used no target environment (or none that the framework recorded). */
    public Verdict(String schema, String gate, Decision decision, String reason, long durationMs, int exitCode,
            List<StepResult> steps) {
        this(schema, gate, decision, reason, durationMs, exitCode, steps, null);
    }

    /** This verdict with the target its tests used. */
    public Verdict withTarget(TargetUsed used) {
        return new Verdict(schema, gate, decision, reason, durationMs, exitCode, steps, used);
    }

    /** A verdict for a gate that could not be evaluated at all. */
    public static Verdict error(String gate, String reason, long durationMs, int exitCode) {
        return new Verdict(SCHEMA, gate, Decision.ERROR, reason, durationMs, exitCode, List.of());
    }

    /** Whether the pipeline may go on. */
    public boolean isGo() {
        return decision == Decision.GO;
    }
}
