package dev.fearless.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateException;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.Verdict;
import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.config.GateDefinition;
import dev.fearless.engine.config.StepDefinition;

/** One run of one gate: its steps in order, stopping at the first STOP unless asked to keep going. */
public final class GateRun {

    private final GateRequest request;
    private final FearlessConfig config;
    private final GateListener listener;
    private final long startNanos = System.nanoTime();

    public GateRun(GateRequest request, FearlessConfig config, GateListener listener) {
        this.request = request;
        this.config = config;
        this.listener = listener;
    }

    public Verdict run() {
        Verdict verdict;
        try {
            verdict = runSteps(gate());
        } catch (GateException e) {
            verdict = Verdict.error(request.gate(), e.getMessage(), Steps.elapsedMs(startNanos), e.exitCode());
        }
        listener.gateFinished(verdict);
        return verdict;
    }

    private GateDefinition gate() {
        return config.requireGate(request.gate());
    }

    private Verdict runSteps(GateDefinition gate) {
        listener.gateStarted(gate.name(), gate.steps());
        List<StepOutcome> outcomes = new ArrayList<>();
        boolean stopped = false;
        for (StepDefinition step : gate.steps()) {
            if (stopped && !request.keepGoing()) {
                StepResult skipped = StepResult.skipped(step.name(), step.layer().map(l -> l.tag()).orElse(null));
                listener.stepFinished(step, skipped);
                outcomes.add(new StepOutcome(skipped, ExitCode.GO));
                continue;
            }
            listener.stepStarted(step);
            StepOutcome outcome = runStep(step);
            listener.stepFinished(step, outcome.result());
            outcomes.add(outcome);
            stopped |= outcome.result().decision() != Decision.GO;
        }
        return verdict(gate, outcomes);
    }

    private StepOutcome runStep(StepDefinition step) {
        long start = System.nanoTime();
        try {
            return step.isStatic() ? new StaticStepRunner(request).run(step)
                    : new TestStepRunner(request, config).run(step, listener);
        } catch (GateException e) {
            return Steps.broken(step, Decision.ERROR, e.getMessage(), start, e.exitCode());
        } catch (RuntimeException e) {
            // A fault of ours must not pass for a result: the step is broken, and says so with the cause.
            return Steps.broken(step, Decision.ERROR, "internal error in the gate: " + e, start, ExitCode.NOT_RUN);
        }
    }

    private Verdict verdict(GateDefinition gate, List<StepOutcome> outcomes) {
        List<StepResult> steps = outcomes.stream().map(StepOutcome::result).toList();
        long durationMs = Steps.elapsedMs(startNanos);
        List<StepOutcome> failed = outcomes.stream()
                .filter(outcome -> outcome.result().decision() == Decision.STOP
                        || outcome.result().decision() == Decision.ERROR)
                .toList();
        if (steps.isEmpty()) {
            return new Verdict(Verdict.SCHEMA, gate.name(), Decision.ERROR, "gate " + gate.name()
                    + " has no steps", durationMs, ExitCode.USAGE, steps);
        }
        if (failed.isEmpty()) {
            String names = steps.stream().map(StepResult::name).collect(Collectors.joining(", "));
            return new Verdict(Verdict.SCHEMA, gate.name(), Decision.GO, "all " + steps.size() + " steps passed: "
                    + names, durationMs, ExitCode.GO, steps);
        }
        StepResult first = failed.get(0).result();
        int exitCode = failed.stream().mapToInt(StepOutcome::exitCode).max().orElse(ExitCode.STOP);
        Decision decision = failed.stream().anyMatch(outcome -> outcome.result().decision() == Decision.STOP)
                ? Decision.STOP : Decision.ERROR;
        return new Verdict(Verdict.SCHEMA, gate.name(), decision, "step " + first.name() + ": " + first.reason(),
                durationMs, exitCode, steps);
    }
}
