package dev.fearless.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.Verdict;
import dev.fearless.reports.VisibleText;

/**
 * Turns a verdict into the build's result: GO passes, STOP is a {@link MojoFailureException} (the project broke a
 * rule), anything else a {@link MojoExecutionException} (the gate could not be evaluated). Fails closed: only GO
 * passes.
 */
final class BuildResult {

    private BuildResult() {
    }

    /** Passes for GO; {@code verdictFile} is {@code null} when the run wrote none (its directory was busy). */
    static void check(Verdict verdict, Path verdictFile) throws MojoFailureException, MojoExecutionException {
        if (verdict.decision() == Decision.GO) {
            return;
        }
        // The reason may quote a test's message: Maven prints it to a terminal or CI log as it is.
        String headline = "Fearless gate " + VisibleText.of(verdict.gate()) + ": " + verdict.decision() + " — "
                + VisibleText.of(verdict.reason());
        String where = verdictFile == null ? "No verdict was written." : "Verdict: " + verdictFile;
        if (verdict.decision() != Decision.STOP) {
            throw new MojoExecutionException(headline + System.lineSeparator() + where);
        }
        throw new MojoFailureException(headline + System.lineSeparator() + whatToDo(verdict, verdictFile.getParent())
                + System.lineSeparator() + where);
    }

    private static String whatToDo(Verdict verdict, Path reportDir) {
        if (verdict.exitCode() == ExitCode.NOT_RUN) {
            String step = verdict.steps().stream().filter(result -> result.decision() == Decision.STOP)
                    .map(StepResult::name).findFirst().orElse("<step>");
            return "The tests did not run to their end (the test JVM crashed or was killed for running too long):"
                    + " read its output in " + reportDir.resolve(step).resolve("output.txt") + ".";
        }
        return "Fix the code or its tests until the rule holds, then run the gate again (the gate's rules are in"
                + " fearless.yml, or built in when there is none).";
    }
}
