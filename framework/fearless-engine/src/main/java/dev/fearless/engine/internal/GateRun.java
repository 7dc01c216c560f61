package dev.fearless.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateException;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TargetUsed;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.Verdict;
import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.config.GateDefinition;
import dev.fearless.engine.config.StepDefinition;

/** One run of one gate: its steps in order, stopping at the first STOP unless asked to keep going. */
public final class GateRun {

    private final GateRequest request;
    private final FearlessConfig config;
    private final GateListener listener;
    private final SecretMasker masker;
    private final long startNanos = System.nanoTime();

    public GateRun(GateRequest request, FearlessConfig config, GateListener listener) {
        this.request = request;
        this.config = config;
        this.listener = listener;
        this.masker = SecretMasker.of(request, config);
    }

    public Verdict run() {
        Verdict verdict;
        try {
            BaseUrlCheck.check(request.baseUrl());
            BaseUrlCheck.checkNotGivenTwice(request.baseUrl(), request.systemProperties(), request.jvmArgs());
            GateDefinition gate = gate();
            GateInputsCheck.check(gate, request);
            verdict = usedTheGatesTarget(runSteps(gate));
        } catch (GateException e) {
            verdict = Verdict.error(request.gate(), masker.mask(e.getMessage()), Steps.elapsedMs(startNanos),
                    e.exitCode());
        }
        listener.gateFinished(verdict);
        return verdict;
    }

    /** The verdict, or an ERROR when the tests checked another environment than the gate's base URL. */
    private Verdict usedTheGatesTarget(Verdict verdict) {
        return BaseUrlCheck.usedElsewhere(request.baseUrl(), verdict.target())
                .map(reason -> new Verdict(verdict.schema(), verdict.gate(), Decision.ERROR, masker.mask(reason),
                        verdict.durationMs(), ExitCode.USAGE, verdict.steps(), verdict.target()))
                .orElse(verdict);
    }

    private GateDefinition gate() {
        return config.requireGate(request.gate());
    }

    private Verdict runSteps(GateDefinition gate) {
        listener.gateStarted(gate.name(), gate.steps());
        // The first step's tests that read a target say which environment the run checked.
        TargetUsed target = null;
        List<StepOutcome> outcomes = new ArrayList<>();
        boolean stopped = false;
        for (StepDefinition step : gate.steps()) {
            if (stopped && !request.keepGoing()) {
                Steps.clearEarlierRun(request.reportDir().resolve(step.name()));
                StepResult skipped = StepResult.skipped(step.name(), step.layer().map(l -> l.tag()).orElse(null));
                listener.stepFinished(step, skipped);
                outcomes.add(new StepOutcome(skipped, ExitCode.GO));
                continue;
            }
            listener.stepStarted(step);
            StepOutcome outcome = runStep(step);
            if (target == null && !step.isStatic()) {
                target = TargetRecord.read(request.reportDir().resolve(step.name()))
                        .map(used -> new TargetUsed(masker.mask(used.baseUrl()), masker.mask(used.source())))
                        .orElse(null);
            }
            listener.stepFinished(step, outcome.result());
            outcomes.add(outcome);
            stopped |= outcome.result().decision() != Decision.GO;
        }
        return verdict(gate, outcomes).withTarget(target);
    }

    private StepOutcome runStep(StepDefinition step) {
        long start = System.nanoTime();
        try {
            StepOutcome outcome = step.isStatic() ? new StaticStepRunner(request).run(step)
                    : new TestStepRunner(request, config, masker).run(step, listener);
            return new StepOutcome(masked(outcome.result()), outcome.exitCode());
        } catch (GateException e) {
            return Steps.broken(step, Decision.ERROR, masker.mask(e.getMessage()), start, e.exitCode());
        } catch (RuntimeException e) {
            // A fault of ours must not pass for a result: the step is broken, and says so with the cause.
            return Steps.broken(step, Decision.ERROR, masker.mask("internal error in the gate: " + e), start,
                    ExitCode.NOT_RUN);
        }
    }

    /** A step's texts with every known secret masked: test names and messages come from the tests themselves. */
    private StepResult masked(StepResult step) {
        if (masker.isEmpty()) {
            return step;
        }
        return new StepResult(step.name(), step.layer(), step.decision(), masker.mask(step.reason()),
                step.durationMs(), step.tests(), step.coverage(), step.coverageExclude(), step.findings(),
                step.rules().stream().map(rule -> new RuleResult(rule.rule(), rule.threshold(), rule.actual(),
                        rule.ok(), masker.mask(rule.message()))).toList(),
                step.failures().stream().map(failure -> new TestFailure(masker.mask(failure.test()),
                        failure.status(), masker.mask(failure.message()))).toList());
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
        int exitCode = failed.stream().mapToInt(StepOutcome::exitCode).max().orElse(ExitCode.STOP);
        // The reason is the step's whose outcome set the exit code, so that the line a pipeline shows explains the
        // code it acts on (with --keep-going, an earlier step may have stopped for a milder reason).
        StepResult decisive = failed.stream().filter(outcome -> outcome.exitCode() == exitCode).findFirst()
                .orElse(failed.get(0)).result();
        Decision decision = failed.stream().anyMatch(outcome -> outcome.result().decision() == Decision.STOP)
                ? Decision.STOP : Decision.ERROR;
        String others = failed.stream().map(StepOutcome::result).filter(step -> step != decisive)
                .map(step -> "; also " + step.decision() + " in step " + step.name()).collect(Collectors.joining());
        return new Verdict(Verdict.SCHEMA, gate.name(), decision, "step " + decisive.name() + ": " + decisive.reason()
                + others, durationMs, exitCode, steps);
    }
}
