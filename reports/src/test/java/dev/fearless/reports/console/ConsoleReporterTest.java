package dev.fearless.reports.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.fearless.engine.Decision;
import dev.fearless.engine.ExitCode;
import dev.fearless.engine.Layer;
import dev.fearless.engine.StepResult;
import dev.fearless.engine.TestCounts;
import dev.fearless.engine.TestFailure;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;
import dev.fearless.engine.config.StepDefinition;
import dev.fearless.reports.Verdicts;

class ConsoleReporterTest {

    private static final StepDefinition STATIC = StepDefinition.staticAnalysis(Map.of());
    private static final StepDefinition UNIT = StepDefinition.of(Layer.UNIT);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private long nanos;

    @Test
    void printsAFinalLinePerStepAndTheClosingTableForGo() {
        ConsoleReporter console = reporter(false);

        console.stepStarted(STATIC);
        console.stepFinished(STATIC, Verdicts.staticStep());
        console.stepStarted(UNIT);
        console.testsFound(UNIT, 20_000);
        console.testFinished(UNIT, test(TestStatus.PASSED));
        console.stepFinished(UNIT, Verdicts.unitStepGo());
        console.gateFinished(Verdicts.go());

        assertThat(output()).isEqualTo("""
                [static] findings: 0 error, 0 critical, 2 major, 1 minor, 0 info, 1.2 s
                [unit] 20000/20000 tests, 0 failed, 14.2 s

                step    decision  tests        duration
                static  GO        -               1.2 s
                  ok    maxFindings.error     threshold 0       actual 0
                  ok    maxFindings.critical  threshold 0       actual 0
                unit    GO        20000/20000    14.2 s
                  ok    passRate              threshold 1.0000  actual 1.0000
                  ok    coverage.line         threshold 0.8500  actual 0.9100

                Fearless gate predeploy: GO — every rule held
                """);
    }

    @Test
    void printsTheViolatedRuleFailuresAndReasonForStop() {
        ConsoleReporter console = reporter(false);

        console.gateFinished(Verdicts.stop());

        assertThat(output()).isEqualTo("""

                step    decision  tests        duration
                static  GO        -               1.2 s
                  ok    maxFindings.error     threshold 0       actual 0
                  ok    maxFindings.critical  threshold 0       actual 0
                unit    STOP      19998/20000    14.2 s
                  ok    passRate              threshold 0.9900  actual 0.9999
                  FAIL  coverage.line         threshold 0.8500  actual 0.5000
                  ok    testTimeout           threshold 5m      actual 1.5s
                        FAILED com.example.CartTest.addsItems(): expected: <2> but was: <3>
                        ABORTED com.example.CartTest.needsNetwork()
                module  SKIPPED   -                   -

                Fearless gate predeploy: STOP — step unit: coverage.line is 0.5000, but expected minimum is 0.8500
                """);
    }

    @Test
    void printsAProgressLineAtMostEveryFiveSecondsWhenNotATerminal() {
        ConsoleReporter console = reporter(false);
        console.stepStarted(UNIT);
        console.testsFound(UNIT, 12);

        for (int i = 1; i <= 12; i++) {
            nanos += TimeUnit.SECONDS.toNanos(1);
            console.testFinished(UNIT, test(i == 3 ? TestStatus.FAILED : TestStatus.PASSED));
        }

        assertThat(output()).isEqualTo("""
                [unit] 5/12 tests, 1 failed
                [unit] 10/12 tests, 1 failed
                """);
    }

    @Test
    void rewritesOneLineAtMostEveryHundredMillisecondsOnATerminal() {
        ConsoleReporter console = reporter(true);
        console.stepStarted(UNIT);
        console.testsFound(UNIT, 1000);

        for (int i = 1; i <= 1000; i++) {
            nanos += TimeUnit.MILLISECONDS.toNanos(1);
            console.testFinished(UNIT, test(TestStatus.PASSED));
        }

        String output = output();
        assertThat(output).doesNotContain("\n")
                .startsWith("\r[unit] 0 tests, 0 failed\u001B[K\r[unit] 0/1000 tests, 0 failed\u001B[K");
        assertThat(output.split("\r")).as("empty, started, found, then every 100 ms").hasSize(1 + 1 + 1 + 10);
        assertThat(output).endsWith("\r[unit] 1000/1000 tests, 0 failed\u001B[K");
    }

    @Test
    void coloursTheDecisionAndMarksRulesOnATerminal() {
        ConsoleReporter console = reporter(true);

        console.gateFinished(Verdicts.stop());

        assertThat(output())
                .contains("  \u001B[31m✘\u001B[0m     coverage.line")
                .contains("  \u001B[32m✔\u001B[0m     passRate")
                .contains("\u001B[32mGO      \u001B[0m")
                .endsWith("Fearless gate predeploy: \u001B[1m\u001B[31mSTOP\u001B[0m — step unit: "
                        + Verdicts.COVERAGE_MESSAGE + "\n");
    }

    @Test
    void showsControlCharactersFromTheTestsInsteadOfSendingThemToTheTerminal() {
        String fakeGo = "x\r\u001b[2K\u001b[32mFearless gate g: GO\u001b[0m\u0000\b";
        StepResult unit = new StepResult("unit", "unit", Decision.STOP, "1 test failed: " + fakeGo, 400,
                new TestCounts(1, 0, 1, 0, 0), null, null, List.of(),
                List.of(new TestFailure("p.EscTest.b()\u001b[1A", TestStatus.FAILED, fakeGo)));
        Verdict verdict = new Verdict(Verdict.SCHEMA, "g", Decision.STOP, "step unit: 1 test failed: " + fakeGo, 400,
                ExitCode.STOP, List.of(unit));
        String shown = "x\\u000d\\u001b[2K\\u001b[32mFearless gate g: GO\\u001b[0m\\u0000\\u0008";

        for (boolean ansi : new boolean[] {false, true}) {
            bytes.reset();

            reporter(ansi).gateFinished(verdict);

            String output = output().replace("\u001B[1m", "").replace("\u001B[31m", "").replace("\u001B[0m", "");
            assertThat(output).as("ansi " + ansi)
                    .contains("        FAILED p.EscTest.b()\\u001b[1A: " + shown + "\n")
                    .endsWith("Fearless gate g: STOP — step unit: 1 test failed: " + shown + "\n")
                    .doesNotContain("\r", "\u0000", "\b", "\u001B[2K", "\u001B[32mFearless");
        }
    }

    @Test
    void endsAnOpenProgressLineBeforeTheTable() {
        ConsoleReporter console = reporter(true);
        console.stepStarted(UNIT);

        console.gateFinished(Verdicts.stop());

        assertThat(output()).startsWith("\r[unit] 0 tests, 0 failed\u001B[K\n\n");
    }

    private ConsoleReporter reporter(boolean ansi) {
        return new ConsoleReporter(out, ansi, () -> nanos);
    }

    private static TestResult test(TestStatus status) {
        return new TestResult("[engine:junit-jupiter]/[class:com.example.CartTest]/[method:adds()]",
                "com.example.CartTest", "adds()", "adds()", status, 1, null, null, null);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
