package dev.fearless.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import dev.fearless.engine.CoverageRatios;
import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.Verdict;

/**
 * Loads and exercises the report writers on a spare thread while the gate starts its first fork, so that writing
 * the real reports after the last test costs their work only, not their class loading and first compilation.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void start() {
        Thread thread = new Thread(WarmUp::run, "fearless-reports-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        StepResult step = new StepResult("unit", "unit", Decision.STOP, "warm-up", 1, new TestCounts(1, 0, 1, 0, 0),
                new CoverageRatios(0.5, null, 0.5), null,
                List.of(new RuleResult("passRate", 1.0, 0.0, false, "warm-up")), List.of());
        Verdict verdict = new Verdict(Verdict.SCHEMA, "warm-up", Decision.STOP, "warm-up", 1, ExitCode.STOP,
                List.of(step));
        try {
            VerdictJson.toBytes(verdict);
            MarkdownSummary.of(verdict);
            HtmlReport.write(verdict, new FailureSamples(), Map.of(), OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // Only a head start: the real reports report their own failures.
        }
    }
}
