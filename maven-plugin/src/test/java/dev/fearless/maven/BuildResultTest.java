package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.RuleResult;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.Verdict;

class BuildResultTest {

    private static final Path VERDICT = Path.of("/work/shop/target/fearless/verdict.json");
    private static final String NL = System.lineSeparator();

    @Test
    void passesOnGo() {
        Verdict go = verdict(Decision.GO, "every step said GO", ExitCode.GO, List.of());

        assertThatCode(() -> BuildResult.check(go, VERDICT)).doesNotThrowAnyException();
    }

    @Test
    void failsTheBuildOnStopNamingTheRuleAndWhatToDo() {
        Verdict stop = verdict(Decision.STOP, "step unit: coverage.line is 0.5000, but expected minimum is 0.8500",
                ExitCode.STOP, List.of(step("unit", Decision.STOP)));

        assertThatThrownBy(() -> BuildResult.check(stop, VERDICT))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Fearless gate predeploy: STOP — step unit: coverage.line is 0.5000, but expected minimum"
                        + " is 0.8500" + NL
                        + "Fix the code or its tests until the rule holds, then run the gate again (the gate's rules"
                        + " are in fearless.yml, or built in when there is none)." + NL
                        + "Verdict: " + VERDICT);
    }

    @Test
    void showsControlCharactersOfATestsMessageInsteadOfPrintingThem() {
        Verdict stop = verdict(Decision.STOP, "step unit: first failure: x\r\u001b[2KFearless gate predeploy: GO",
                ExitCode.STOP, List.of(step("unit", Decision.STOP)));

        assertThatThrownBy(() -> BuildResult.check(stop, VERDICT))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Fearless gate predeploy: STOP — step unit: first failure:"
                        + " x\\u000d\\u001b[2KFearless gate predeploy: GO" + NL);
    }

    @Test
    void pointsAtTheForksOutputWhenTheTestsCouldNotRunToTheirEnd() {
        Verdict crashed = verdict(Decision.STOP, "step module: the test JVM crashed while running OrderTest",
                ExitCode.NOT_RUN, List.of(step("unit", Decision.GO), step("module", Decision.STOP,
                        new RuleResult("fork", "completed", "exit code 0", false, "the test JVM crashed"))));

        assertThatThrownBy(() -> BuildResult.check(crashed, VERDICT))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Fearless gate predeploy: STOP — step module: the test JVM crashed")
                .hasMessageContaining("read its output in " + VERDICT.resolveSibling("module").resolve("output.txt"));
    }

    @Test
    void saysWhatWasMissingWhenARuleCouldNotBeEvaluatedAndTheTestsRan() {
        Verdict unmeasured = verdict(Decision.STOP, "step unit: coverage.line cannot be measured: class location"
                + " target/classes does not exist", ExitCode.NOT_RUN, List.of(step("unit", Decision.STOP,
                        new RuleResult("coverage.line", 0.85, null, false, "cannot be measured"))));

        assertThatThrownBy(() -> BuildResult.check(unmeasured, VERDICT))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("The gate could not evaluate a rule: the reason above says what was missing.")
                .hasMessageNotContaining("crashed");
    }

    @Test
    void isAnExecutionErrorWhenTheGateCouldNotBeEvaluated() {
        Verdict error = Verdict.error("nosuch", "gate nosuch is not defined; defined gates: predeploy, postdeploy",
                0, ExitCode.USAGE);

        assertThatThrownBy(() -> BuildResult.check(error, VERDICT))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Fearless gate nosuch: ERROR — gate nosuch is not defined; defined gates: predeploy,"
                        + " postdeploy" + NL + "Verdict: " + VERDICT);
    }

    private static Verdict verdict(Decision decision, String reason, int exitCode, List<StepResult> steps) {
        return new Verdict(Verdict.SCHEMA, "predeploy", decision, reason, 1234, exitCode, steps);
    }

    private static StepResult step(String name, Decision decision, RuleResult... rules) {
        return new StepResult(name, name, decision, "", 10, null, null, null, List.of(rules), List.of());
    }
}
