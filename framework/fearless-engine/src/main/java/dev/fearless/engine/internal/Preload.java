package dev.fearless.engine.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apiguardian.api.API;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.tools.ExecFileLoader;

import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.internal.config.ConfigBinder;
import dev.fearless.engine.internal.config.YamlTreeReader;
import dev.fearless.engine.internal.coverage.JacocoAgent;
import dev.fearless.engine.internal.rules.StepRules;

/**
 * Loads the classes a gate run needs before its first test JVM starts, and those it needs after the tests, by
 * running the same code on a built-in example: the configuration's reader and binder, the fork's launcher, JaCoCo's
 * version and analysis.
 *
 * <p>A command line calls {@link #run()} on a second thread while it parses its own options, a time when the
 * machine's other core is idle. The gate calls {@link #stepEnd(boolean)} itself while a test JVM starts. Both work on
 * nothing but their example (and this class's own bytes), never on the project, and a failure here does not stop
 * anything: the run itself loads the same classes and reports its own errors, and {@link #failure()} keeps the first
 * one for a stack trace. See {@code docs/benchmark.md} for what they save.
 */
@API(status = INTERNAL, since = "0.1")
public final class Preload {

    /** A configuration that uses what real ones do: a static and a test step, coverage, durations. */
    static final String EXAMPLE_CONFIG = """
            defaultLayer: unit
            gates:
              preload:
                - step: static
                  maxFindings: { error: 0, critical: 0 }
                - step: unit
                  passRate: 1.0
                  minTests: 1
                  coverage: { line: 0.85, branch: 0.5 }
                  testTimeout: 60s
                  maxDuration: 10m
            """;

    /**
     * Classes the fork's start and the event stream need, loaded by name but not initialized: starting a process here
     * would be work, not preparation, and a static initializer that failed here would leave its class unusable with
     * no cause in the run's own error.
     */
    static final List<String> FORK_CLASSES = List.of(
            "dev.fearless.engine.internal.fork.ForkLauncher",
            "dev.fearless.engine.internal.fork.ForkSpec",
            "dev.fearless.engine.internal.fork.ArgumentFile",
            "dev.fearless.engine.internal.fork.RunningTestFile",
            "dev.fearless.engine.internal.fork.ForkClasses",
            "dev.fearless.engine.internal.fork.Watchdog",
            "dev.fearless.engine.internal.fork.EventStreamReader",
            "dev.fearless.engine.internal.fork.RunningTests",
            "dev.fearless.engine.internal.coverage.JacocoAgent",
            "dev.fearless.engine.internal.coverage.CoverageAnalyzer",
            "dev.fearless.engine.internal.rules.StepRules",
            "java.lang.ProcessBuilder",
            "java.lang.ProcessImpl",
            "java.net.ServerSocket");

    private static final AtomicBoolean COVERAGE_ANALYSIS_LOADED = new AtomicBoolean();
    private static final AtomicBoolean RULE_FORMATTING_LOADED = new AtomicBoolean();
    private static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();

    private Preload() {
    }

    /**
     * Loads what the first fork's start needs: reads and binds the example configuration, loads the launcher's
     * classes. Returns when they are loaded; never throws.
     */
    public static void run() {
        try {
            ConfigBinder.bind(YamlTreeReader.read(EXAMPLE_CONFIG, "<preload>"), FearlessConfig.builtIn(),
                    "<preload>");
            for (String name : FORK_CLASSES) {
                Class.forName(name, false, Preload.class.getClassLoader());
            }
            // The agent jar's name holds JaCoCo's version, which JaCoCo reads from a resource bundle when its class
            // is first used: 40 JDK classes that a coverage step would otherwise load just before its fork starts.
            JacocoAgent.jarName();
        } catch (Exception | LinkageError e) {
            // Preparation only: whatever failed here fails again where the run needs it, and is reported there.
            recordFailure(e);
        }
    }

    /**
     * Loads what the end of a test step needs, once per JVM each, while the step's test JVM starts and has not yet
     * connected (time the gate would otherwise spend waiting): the rules' number formatting, whose first use loads the
     * JDK's locale data (80 classes), and with {@code coverage} JaCoCo's reader and analyzer.
     * Never throws.
     */
    public static void stepEnd(boolean coverage) {
        if (!RULE_FORMATTING_LOADED.getAndSet(true)) {
            try {
                StepRules.ratio(1.0);
            } catch (RuntimeException | LinkageError e) {
                recordFailure(e);
            }
        }
        if (coverage) {
            coverageAnalysis();
        }
    }

    /**
     * Loads JaCoCo's reader and analyzer by running them over an empty execution data file and this very class, once
     * per JVM, so that the analysis after the tests finds them loaded. Never throws.
     */
    private static void coverageAnalysis() {
        if (COVERAGE_ANALYSIS_LOADED.getAndSet(true)) {
            return;
        }
        try {
            analyzeOwnClass();
        } catch (IOException | RuntimeException | LinkageError e) {
            // Preparation only, as above.
            recordFailure(e);
        }
    }

    /**
     * The first error a preload met, if any. A class whose static initializer failed here stays unusable, and the
     * run's own error then says only "Could not initialize class": this is the cause, for a stack trace.
     */
    public static Optional<Throwable> failure() {
        return Optional.ofNullable(FAILURE.get());
    }

    private static void recordFailure(Throwable e) {
        FAILURE.compareAndSet(null, e);
    }

    /** Runs JaCoCo's reader and analyzer on an empty execution data file and this class; returns the classes seen. */
    static int analyzeOwnClass() throws IOException {
        ByteArrayOutputStream exec = new ByteArrayOutputStream();
        new ExecutionDataWriter(exec).flush();
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(new ByteArrayInputStream(exec.toByteArray()));
        CoverageBuilder coverage = new CoverageBuilder();
        try (InputStream own = Preload.class.getResourceAsStream("Preload.class")) {
            if (own != null) {
                new Analyzer(loader.getExecutionDataStore(), coverage).analyzeClass(own.readAllBytes(),
                        "Preload.class");
            }
        }
        return coverage.getClasses().size();
    }
}
