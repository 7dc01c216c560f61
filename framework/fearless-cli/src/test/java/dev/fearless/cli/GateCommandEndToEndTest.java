package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateEngine;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Real gates through the command line: a fixture project is compiled at test time against the JUnit jars on this
 * test's own class path, then {@code fearless gate} runs it in a fork.
 */
class GateCommandEndToEndTest {

    private static final String CALCULATOR = """
            package fixture;
            public final class Calculator {
                public static int add(int a, int b) { return a + b; }
                public static int abs(int a) { if (a < 0) { return -a; } return a; }
            }
            """;

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

    private int gate(String name) {
        List<String> args = new ArrayList<>(List.of("gate", name,
                "--project-dir", project.toString(),
                "--class-path", String.join(File.pathSeparator, project.resolve("test-classes").toString(),
                        project.resolve("classes").toString(), junitClassPath()),
                "--scan-class-path=" + project.resolve("test-classes"),
                "--coverage-classes", project.resolve("classes").toString(),
                "--report-dir", project.resolve("report").toString()));
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
        return commandLine.execute(args.toArray(String[]::new));
    }

    private void compileFixture(String testSource) throws Exception {
        Path main = write("src/main/java/fixture/Calculator.java", CALCULATOR);
        Path test = write("src/test/java/fixture/CalculatorTest.java", testSource);
        compile(project.resolve("classes"), project.resolve("classes").toString(), main);
        compile(project.resolve("test-classes"),
                project.resolve("classes") + File.pathSeparator + junitClassPath(), test);
    }

    private static void compile(Path output, String classpath, Path source) throws Exception {
        Files.createDirectories(output);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "--release", "17", "-g", "-cp", classpath, "-d", output.toString(), source.toString());
        assertThat(status).as("javac " + source).isZero();
    }

    private void writeConfig(String... rules) throws Exception {
        String indented = Stream.of(rules).map(rule -> "      " + rule).collect(Collectors.joining("\n"));
        write("fearless.yml", """
                defaultLayer: unit
                gates:
                  quick:
                    - step: unit
                %s
                """.formatted(indented));
    }

    private Path write(String relative, String text) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** The JUnit jars this test runs with: they are the fixture's test dependencies too. */
    private static String junitClassPath() {
        // Surefire starts tests from a manifest-only jar: the real class path is in its own property.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(classpath.split(File.pathSeparator))
                .filter(entry -> entry.contains("junit") || entry.contains("opentest4j")
                        || entry.contains("apiguardian"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private JsonNode verdict() throws Exception {
        return new ObjectMapper().readTree(project.resolve("report/verdict.json").toFile());
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
