package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateEngine;
import dev.fearless.reports.allure.AllureDistribution;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * {@code fearless gate} on a fixture whose tests run with Allure's JUnit listener, then {@code fearless report}: the
 * fork writes real Allure results, and the report counts what the verdict counts.
 */
class GateThenReportEndToEndTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    @Test
    void theReportOfAStopCountsWhatTheVerdictCounts() throws Exception {
        CliFixture fixture = new CliFixture(project).compile("""
                package fixture;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import org.junit.jupiter.api.Test;
                class CalculatorTest {
                    @Test void adds() { assertEquals(3, Calculator.add(1, 2)); }
                    @Test void negates() { assertEquals(2, Calculator.abs(-2)); }
                    @Test void addsWrongly() { assertEquals(4, Calculator.add(1, 2)); }
                }
                """).config("passRate: 1.0");
        List<String> gate = new ArrayList<>(fixture.gateArguments("quick"));
        gate.addAll(List.of("--class-path", CliFixture.allureClassPath()));
        Path allureHome = AllureDistribution.unpack(Path.of(System.getProperty("fearless.test.allureZip")),
                Path.of("target/allure-cache"));

        assertThat(run(gate.toArray(String[]::new))).as(err.toString()).isEqualTo(ExitCode.STOP);
        int exitCode = run("report", "--report-dir", fixture.reportDir().toString(),
                "--allure-home", allureHome.toString());

        assertThat(exitCode).as(err.toString()).isZero();
        JsonNode tests = fixture.verdict().get("steps").get(0).get("tests");
        JsonNode statistic = widget(fixture, "summary.json").get("statistic");
        assertThat(statistic.get("passed").asLong()).isEqualTo(tests.get("passed").asLong()).isEqualTo(2);
        assertThat(statistic.get("failed").asLong()).isEqualTo(tests.get("failed").asLong()).isEqualTo(1);
        assertThat(statistic.get("total").asLong()).isEqualTo(tests.get("found").asLong()).isEqualTo(3);
        assertThat(widget(fixture, "environment.json").toString())
                .contains("{\"values\":[\"STOP\"],\"name\":\"fearless.decision\"}");
        assertThat(widget(fixture, "categories.json").toString())
                .contains("Gate STOP, step unit: passRate is 0.6667, but expected minimum is 1.0000");
    }

    private static JsonNode widget(CliFixture fixture, String name) throws Exception {
        return new ObjectMapper().readTree(fixture.reportDir().resolve("allure-report/widgets").resolve(name).toFile());
    }

    private int run(String... args) {
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == GateCommand.class) {
                    return type.cast(new GateCommand(new GateEngine()::run, out, false));
                }
                return type == ReportCommand.class ? type.cast(new ReportCommand(project, out))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = FearlessCli.newCommandLine(factory);
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
