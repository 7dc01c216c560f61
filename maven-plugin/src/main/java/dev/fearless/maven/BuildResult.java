package dev.fearless.maven;

import java.nio.file.Path;
import java.util.Set;

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

    /** The rules that fail when the test JVM did not run to its end. */
    private static final Set<String> TEST_JVM_RULES = Set.of("fork", "testTimeout", "maxDuration");

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
        if (verdict.exitCode() != ExitCode.NOT_RUN) {
            return "Fix the code or its tests until the rule holds, then run the gate again (the gate's rules are in"
                    + " fearless.yml, or built in when there is none).";
        }
        // Exit 3 is a test JVM that did not run to its end, or a rule that could not be evaluated (coverage of
        // classes that are not there, say): only the first has output worth reading.
        return verdict.steps().stream().filter(BuildResult::testJvmBroke).map(StepResult::name).findFirst()
                .map(step -> "The tests did not run to their end (the test JVM crashed or was killed for running too"
                        + " long): read its output in " + reportDir.resolve(step).resolve("output.txt") + ".")
                .orElse("The gate could not evaluate a rule: the reason above says what was missing. Provide it, or"
                        + " change the rule in fearless.yml, then run the gate again.");
    }

    private static boolean testJvmBroke(StepResult step) {
        return step.decision() == Decision.STOP && step.rules().stream()
                .anyMatch(rule -> !rule.ok() && TEST_JVM_RULES.contains(rule.rule()));
    }
}
