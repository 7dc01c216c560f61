package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateEngine;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Real gates through the command line: a fixture project is compiled at test time against the JUnit jars on this
 * test's own class path, then {@code fearless gate} runs it in a fork.
 */
class GateCommandEndToEndTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    @Test
    void goWhenEveryTestPassesAndCoverageHolds() throws Exception {
        compileFixture("""
                package fixture;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void adds() { assertEquals(3, Calculator.add(1, 2)); }
                    @Test void negates() { assertEquals(2, Calculator.abs(-2)); }
                }
                """);
        writeConfig("passRate: 1.0", "coverage: { line: 0.5 }");

        int exitCode = gate("quick");

        assertThat(exitCode).as(err.toString()).isEqualTo(ExitCode.GO);
        JsonNode verdict = verdict();
        assertThat(verdict.get("decision").asText()).isEqualTo("GO");
        JsonNode unit = verdict.get("steps").get(0);
        assertThat(unit.get("tests").get("found").asLong()).isEqualTo(2);
        assertThat(unit.get("coverage").get("line").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(console()).contains("Fearless gate quick: GO").contains("Verdict: ");
    }

    @Test
    void stopWhenATestFails() throws Exception {
        compileFixture("""
                package fixture;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void adds() { assertEquals(3, Calculator.add(1, 2)); }
                    @Test void addsWrongly() { assertEquals(4, Calculator.add(1, 2)); }
                }
                """);
        writeConfig("passRate: 1.0");

        int exitCode = gate("quick");

        assertThat(exitCode).as(err.toString()).isEqualTo(ExitCode.STOP);
        JsonNode verdict = verdict();
        assertThat(verdict.get("decision").asText()).isEqualTo("STOP");
        assertThat(verdict.get("reason").asText())
                .isEqualTo("step unit: passRate is 0.5000, but expected minimum is 1.0000 (1 of 2 tests failed or aborted);"
                + " first failure: fixture.CalculatorTest.addsWrongly(): expected: <4> but was: <3>");
        assertThat(verdict.get("steps").get(0).get("failures").get(0).get("test").asText())
                .contains("CalculatorTest").contains("addsWrongly");
        assertThat(console()).contains("FAIL  passRate");
    }

    @Test
    void exitCodeThreeWhenTheForkDies() throws Exception {
        compileFixture("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void crashes() { Runtime.getRuntime().halt(42); }
                }
                """);
        writeConfig("passRate: 1.0");

        int exitCode = gate("quick");

        assertThat(exitCode).as(err.toString()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict().get("reason").asText()).contains("crashes");
    }

    @Test
    void anUnknownGateIsAConfigurationError() throws Exception {
        compileFixture("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void runsNothing() { }
                }
                """);

        int exitCode = gate("nightly");

        assertThat(exitCode).as(err.toString()).isEqualTo(ExitCode.USAGE);
        JsonNode verdict = verdict();
        assertThat(verdict.get("decision").asText()).isEqualTo("ERROR");
        assertThat(verdict.get("exitCode").asInt()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict.get("reason").asText()).contains("nightly");
    }

    @Test
    void aBaseUrlThatIsNotAUrlIsAUsageErrorThatNeverShowsItsPassword() throws Exception {
        compileFixture("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void runsNothing() { }
                }
                """);
        writeConfig("passRate: 1.0");

        int exitCode = gate("quick", "--base-url", "https://admin:s3cr3t^pw@example.com/");

        assertThat(exitCode).as(err.toString()).isEqualTo(ExitCode.USAGE);
        JsonNode verdict = verdict();
        assertThat(verdict.get("decision").asText()).isEqualTo("ERROR");
        assertThat(verdict.get("reason").asText()).startsWith("the base URL 'https://****@example.com/' is not a valid"
                + " URL (Illegal character in authority at index 8)");
        assertThat(verdict.get("steps")).isEmpty();
        assertThat(console()).contains("Fearless gate quick: ERROR — the base URL 'https://****@example.com/'");
        assertThat(console() + err + verdict).doesNotContain("s3cr3t");
    }

    @Test
    void aBaseUrlWithoutSchemeIsAUsageError() throws Exception {
        compileFixture("""
                package fixture;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void runsNothing() { }
                }
                """);
        writeConfig("passRate: 1.0");

        int exitCode = gate("quick", "--base-url", "not a url");

        assertThat(exitCode).as(err.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict().get("reason").asText()).startsWith("the base URL 'not a url' is not a valid URL");
    }

    private int gate(String name, String... more) {
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == GateCommand.class ? type.cast(new GateCommand(new GateEngine()::run, out, false))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = FearlessCli.newCommandLine(factory);
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(fixture().gateArguments(name, more).toArray(String[]::new));
    }

    private CliFixture fixture() {
        return new CliFixture(project);
    }

    private void compileFixture(String testSource) throws Exception {
        fixture().compile(testSource);
    }

    private void writeConfig(String... rules) throws Exception {
        fixture().config(rules);
    }

    private JsonNode verdict() throws Exception {
        return fixture().verdict();
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
