package dev.fearless.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.fearless.engine.CoverageMetric;
import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateException;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.Layer;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.engine.internal.coverage.AgentIncludes;
import dev.fearless.engine.internal.coverage.CoverageAnalyzer;
import dev.fearless.engine.internal.coverage.CoverageException;
import dev.fearless.engine.internal.coverage.JacocoAgent;
import dev.fearless.engine.internal.fork.ForkLauncher;
import dev.fearless.engine.internal.fork.ForkOutcome;
import dev.fearless.engine.internal.fork.ForkSpec;
import dev.fearless.engine.internal.rules.StepRules;

/** Runs one layer's tests in a fork, measures coverage when a rule asks for it, and checks the step's rules. */
final class TestStepRunner {

    /** The JaCoCo agent's execution data, in the step's folder. */
    static final String COVERAGE_DATA = "jacoco.exec";

    /**
     * JUnit 5.13+ reports a test it will not run (a private or non-void {@code @Test} method, say) as a discovery
     * issue of severity WARNING, and by default only logs it. A gate that ran fewer tests than were written must not
     * say GO, so such issues fail the run; older JUnit versions ignore the key. A project may set it itself.
     */
    private static final Map<String, String> DISCOVERY_DEFAULTS =
            Map.of("junit.platform.discovery.issue.severity.critical", "WARNING");

    private final GateRequest request;
    private final FearlessConfig config;
    private final SecretMasker masker;

    TestStepRunner(GateRequest request, FearlessConfig config, SecretMasker masker) {
        this.request = request;
        this.config = config;
        this.masker = masker;
    }

    StepOutcome run(StepDefinition step, GateListener listener) {
        long start = System.nanoTime();
        Layer layer = step.layer().orElseThrow();
        Optional<String> classpathProblem = JUnitPlatformCheck.problem(request.classpath());
        if (classpathProblem.isPresent()) {
            // No test can run: as with a crashed fork, the step stops and the run could not happen.
            return Steps.broken(step, Decision.STOP, classpathProblem.get(), start, ExitCode.NOT_RUN);
        }
        if (step.measuresCoverage() && request.coverageClasses().isEmpty()) {
            return Steps.broken(step, Decision.ERROR, "step " + step.name() + " has a coverage rule, but no classes"
                    + " under test were given; pass them with --coverage-classes", start, ExitCode.USAGE);
        }
        TestTally tally = new TestTally(step, listener, masker);
        List<Path> roots = request.scanRoots().stream().filter(Files::exists).toList();
        if (roots.isEmpty()) {
            // Nothing to scan is nothing found: the minTests rule says STOP, and the reason says where we looked.
            return decide(step, start, tally, null, " (no test root exists: " + request.scanRoots() + ")");
        }
        Path stepDir = request.reportDir().resolve(step.name());
        Path execFile = stepDir.resolve(COVERAGE_DATA);
        ForkSpec spec = forkSpec(step, layer, stepDir, roots, execFile);
        // While the test JVM starts, load what runs after the tests while the pipeline waits.
        ForkOutcome outcome = new ForkLauncher().run(spec, tally, () -> Preload.stepEnd(step.measuresCoverage()));
        AllureResultsMasking.mask(allureResults(), masker);
        if (!outcome.completed()) {
            return crashed(step, start, tally, outcome);
        }
        CoverageRatios coverage = null;
        if (step.measuresCoverage()) {
            try {
                CoverageAnalyzer.Measurement measurement = CoverageAnalyzer.measure(execFile,
                        request.coverageClasses(), step.coverageExclude());
                coverage = measurement.total();
                listener.coverageMeasured(step, measurement.packages());
                Map<CoverageMetric, String> unmeasurable = unmeasurable(step, measurement);
                if (!unmeasurable.isEmpty()) {
                    return notMeasured(step, start, tally, coverage, unmeasurable);
                }
            } catch (CoverageException e) {
                return coverageBroken(step, start, tally, e.getMessage());
            }
        }
        return decide(step, start, tally, coverage, "");
    }

    private ForkSpec forkSpec(StepDefinition step, Layer layer, Path stepDir, List<Path> roots, Path execFile) {
        List<String> jvmArgs = new ArrayList<>(request.jvmArgs());
        try {
            Files.createDirectories(stepDir);
            // Also when this run measures nothing: an earlier run's data must not pass for this one's.
            Files.deleteIfExists(execFile);
            Files.deleteIfExists(stepDir.resolve(TargetRecord.FILE_NAME));
        } catch (IOException e) {
            throw GateException.notRun("cannot prepare " + stepDir + ": " + e, e);
        }
        if (step.measuresCoverage()) {
            jvmArgs.add(0, javaagentArgument(execFile, roots));
        }
        Map<String, String> properties = new LinkedHashMap<>(request.systemProperties());
        // Through the environment, not a -D option: a URL may carry credentials, and the environment is neither
        // written to a file nor shown by ps to other users.
        Map<String, String> environment = new LinkedHashMap<>(request.environment());
        request.baseUrl().ifPresent(url -> environment.put("FEARLESS_BASE_URL", url));
        // Allure's JUnit listener, when the tests have it, writes next to the other reports of the run, where the
        // report goal reads and cleans them and the secrets are masked. A directory set for plain Surefire runs
        // (its systemPropertyVariables) would send them where no one looks, so the gate's own always wins.
        properties.put("allure.results.directory", allureResults().toString());
        properties.putIfAbsent("fearless.reportDir", request.reportDir().toString());
        // The tests read target: from the file the gate read its gates from (the framework's TargetEnvironment):
        // without this, a --config file's target would be ignored and fearless.yml in the project used instead.
        request.configFile().ifPresent(file -> properties.put("fearless.configFile", file.toString()));
        properties.put("fearless.gate", request.gate());
        properties.put("fearless.step", step.name());
        properties.put("fearless.layer", layer.tag());
        ForkSpec.Discovery discovery = new ForkSpec.Discovery(roots, request.includeClassnames(),
                request.excludeClassnames(), LayerSelection.tagExpression(layer, config.defaultLayer()),
                request.configurationParameters(), DISCOVERY_DEFAULTS);
        return new ForkSpec(request.javaExecutable(), request.classpath(), jvmArgs, properties, environment,
                request.projectDir(), stepDir, discovery, step.testTimeout(), step.maxDuration(),
                masker::maskOutput);
    }

    private Path allureResults() {
        return request.reportDir().resolve("allure-results");
    }

    /**
     * The JaCoCo agent's JVM option, instrumenting the code under test and the tests ({@link AgentIncludes}). The
     * agent and its data live in the report directory, and the option's syntax cannot quote: a path the JVM or the
     * agent would split is the user's to change, so it is a usage error.
     */
    private String javaagentArgument(Path execFile, List<Path> testRoots) {
        Path agentDir = request.reportDir().resolve(".agent");
        Path agentJar = agentDir.resolve(JacocoAgent.jarName());
        List<Path> instrumented = new ArrayList<>(request.coverageClasses());
        instrumented.addAll(testRoots);
        String argument;
        try {
            argument = JacocoAgent.javaagentArgument(agentJar, execFile, AgentIncludes.of(instrumented));
        } catch (IllegalArgumentException e) {
            throw GateException.usage("coverage cannot be measured: " + e.getMessage()
                    + "; choose a report directory without '=' or ',' (--report-dir for the CLI, reportDirectory"
                    + " under Maven)");
        }
        // Checked before the extraction, so a refused report directory gets no agent jar.
        JacocoAgent.extract(agentDir);
        return argument;
    }

    private static StepOutcome crashed(StepDefinition step, long start, TestTally tally, ForkOutcome outcome) {
        String rule = switch (outcome.kind()) {
            case TEST_TIMED_OUT -> "testTimeout";
            case STEP_TIMED_OUT -> "maxDuration";
            default -> "fork";
        };
        Object threshold = switch (outcome.kind()) {
            case TEST_TIMED_OUT -> step.testTimeout().toMillis();
            case STEP_TIMED_OUT -> step.maxDuration().toMillis();
            default -> "completed";
        };
        // What was measured against the threshold: how long the test or step had run, or how the test JVM ended.
        Object actual = switch (outcome.kind()) {
            case TEST_TIMED_OUT, STEP_TIMED_OUT -> outcome.ranMs();
            default -> outcome.exitCode() < 0 ? "killed" : "exit code " + outcome.exitCode();
        };
        RuleResult broken = new RuleResult(rule, threshold, actual, false, outcome.message());
        return new StepOutcome(Steps.result(step, Decision.STOP, outcome.message(), start, tally, null, null,
                List.of(broken)), ExitCode.NOT_RUN);
    }

    /** The step's coverage metrics that these classes cannot measure, each with why. */
    private static Map<CoverageMetric, String> unmeasurable(StepDefinition step,
            CoverageAnalyzer.Measurement measurement) {
        Map<CoverageMetric, String> why = new EnumMap<>(CoverageMetric.class);
        step.coverage().keySet().forEach(metric -> measurement.unmeasurable(metric)
                .ifPresent(reason -> why.put(metric, reason)));
        return why;
    }

    private static StepOutcome coverageBroken(StepDefinition step, long start, TestTally tally, String why) {
        Map<CoverageMetric, String> every = new EnumMap<>(CoverageMetric.class);
        step.coverage().keySet().forEach(metric -> every.put(metric, why));
        return notMeasured(step, start, tally, null, every);
    }

    /**
     * A step with coverage rules that could not be measured: like a run that could not happen, it stops with
     * {@link ExitCode#NOT_RUN}, and those rules say why instead of holding with a made-up ratio.
     *
     * @param coverage the ratios that were measured, or {@code null} when none was
     */
    private static StepOutcome notMeasured(StepDefinition step, long start, TestTally tally, CoverageRatios coverage,
            Map<CoverageMetric, String> why) {
        // Every metric without a ratio is in `why`, so the stand-in ratios below are never reported.
        CoverageRatios ratios = coverage == null ? new CoverageRatios(1.0, 1.0, 1.0) : coverage;
        List<RuleResult> rules = new ArrayList<>();
        for (RuleResult rule : StepRules.forTests(step, tally.counts(), ratios)) {
            rules.add(why.entrySet().stream()
                    .filter(entry -> rule.rule().equals("coverage." + entry.getKey().key()))
                    .findFirst()
                    .map(entry -> StepRules.notMeasured(rule.rule(), rule.threshold(), entry.getValue()))
                    .orElse(rule));
        }
        String reason = rules.stream().filter(rule -> !rule.ok()).findFirst().map(RuleResult::message)
                .orElseThrow();
        return new StepOutcome(Steps.result(step, Decision.STOP, reason, start, tally, coverage, null, rules),
                ExitCode.NOT_RUN);
    }

    private static StepOutcome decide(StepDefinition step, long start, TestTally tally, CoverageRatios coverage,
            String context) {
        TestCounts counts = tally.counts();
        List<RuleResult> rules = new ArrayList<>(StepRules.forTests(step, counts, coverage == null
                ? new CoverageRatios(null, null, null) : coverage));
        rules.add(StepRules.testTimeout(step.testTimeout(), tally.longestMs()));
        rules.add(StepRules.maxDuration(step.maxDuration(), Steps.elapsedMs(start)));
        Optional<RuleResult> violated = rules.stream().filter(rule -> !rule.ok()).findFirst();
        if (violated.isEmpty()) {
            String summary = counts.passed() + " of " + counts.found() + " tests passed"
                    + (counts.skipped() > 0 ? ", " + counts.skipped() + " skipped" : "");
            return new StepOutcome(Steps.result(step, Decision.GO, summary, start, tally, coverage, null, rules),
                    ExitCode.GO);
        }
        String reason = violated.get().message() + context;
        // The other broken rules too, so that fixing the first does not only reveal the next one in the next run;
        // not after finding no test at all, which every other rule then merely follows from.
        if (!violated.get().rule().equals("minTests") || counts.found() > 0) {
            reason += rules.stream().filter(rule -> !rule.ok() && rule != violated.get())
                    .map(rule -> "; also " + rule.message()).collect(Collectors.joining());
        }
        if (violated.get().rule().equals("passRate") && !tally.failures().isEmpty()) {
            reason += "; first failure: " + tally.failures().get(0).test() + ": " + tally.failures().get(0).message();
        }
        return new StepOutcome(Steps.result(step, Decision.STOP, reason, start, tally, coverage, null, rules),
                ExitCode.STOP);
    }
}
