package dev.fearless.engine.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.FindingCounts;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.engine.internal.rules.StepRules;
import dev.fearless.engine.internal.staticanalysis.FindingsReader;
import dev.fearless.engine.internal.staticanalysis.PmdAnalyzer;
import dev.fearless.engine.internal.staticanalysis.StaticAnalysisException;

/**
 * The {@code static} step: reads the configured static-analysis reports, or runs the engine's own analyzer when
 * none is configured, then checks the {@code maxFindings} rules.
 */
final class StaticStepRunner {

    /** The report of the step's own PMD run, in the step's folder. */
    static final String PMD_REPORT = "pmd.xml";

    private final GateRequest request;

    StaticStepRunner(GateRequest request) {
        this.request = request;
    }

    StepOutcome run(StepDefinition step) {
        long start = System.nanoTime();
        FindingCounts findings;
        String source;
        try {
            if (step.reports().isEmpty()) {
                Path report = request.reportDir().resolve(step.name()).resolve(PMD_REPORT);
                findings = PmdAnalyzer.analyze(request.sourceRoots(), request.classpath(), report);
                // Relative to the report folder: the verdict sits there, and a pipeline that keeps a copy of the
                // folder (samples/pipeline.sh does) keeps a name that still points at the report beside it.
                source = "PMD on " + request.sourceRoots().size() + " source folder(s), report "
                        + request.reportDir().relativize(report) + " in the report folder";
            } else {
                findings = FindingCounts.NONE;
                for (String report : step.reports()) {
                    findings = findings.plus(FindingsReader.read(request.projectDir().resolve(report)));
                }
                source = String.join(", ", step.reports());
            }
        } catch (StaticAnalysisException e) {
            return Steps.broken(step, Decision.ERROR, e.getMessage(), start, ExitCode.NOT_RUN);
        }
        List<RuleResult> rules = StepRules.forFindings(step, findings);
        Optional<RuleResult> violated = rules.stream().filter(rule -> !rule.ok()).findFirst();
        Decision decision = violated.isPresent() ? Decision.STOP : Decision.GO;
        String reason = violated.map(RuleResult::message).orElse("findings within limits (" + source + ")");
        return new StepOutcome(Steps.result(step, decision, reason, start, null, null, findings, rules),
                violated.isPresent() ? ExitCode.STOP : ExitCode.GO);
    }
}
