package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A project for the CLI to gate, written and compiled at test time against the JUnit jars of this test's own class
 * path: {@code src/}, {@code classes/}, {@code test-classes/}, {@code fearless.yml} and {@code report/}.
 */
final class CliFixture {

    static final String CALCULATOR = """
            package fixture;
            public final class Calculator {
                public static int add(int a, int b) { return a + b; }
                public static int abs(int a) { if (a < 0) { return -a; } return a; }
            }
            """;

    private final Path dir;

    CliFixture(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path reportDir() {
        return dir.resolve("report");
    }

    /** Compiles the calculator and {@code testSource} (a class {@code fixture.CalculatorTest}). */
    CliFixture compile(String testSource) throws Exception {
        Path main = write("src/main/java/fixture/Calculator.java", CALCULATOR);
        Path test = write("src/test/java/fixture/CalculatorTest.java", testSource);
        compile(dir.resolve("classes"), dir.resolve("classes").toString(), main);
        compile(dir.resolve("test-classes"), dir.resolve("classes") + File.pathSeparator + junitClassPath(), test);
        return this;
    }

    /** A {@code fearless.yml} with one gate {@code quick} of one unit step with these rules. */
    CliFixture config(String... rules) throws Exception {
        String indented = Stream.of(rules).map(rule -> "      " + rule).collect(Collectors.joining("\n"));
        write("fearless.yml", """
                defaultLayer: unit
                gates:
                  quick:
                    - step: unit
                %s
                """.formatted(indented));
        return this;
    }

    Path write(String relative, String text) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** The arguments of {@code fearless gate NAME} over this project. */
    List<String> gateArguments(String gate, String... more) {
        List<String> args = new ArrayList<>(List.of("gate", gate,
                "--project-dir", dir.toString(),
                "--class-path", String.join(File.pathSeparator, dir.resolve("test-classes").toString(),
                        dir.resolve("classes").toString(), junitClassPath()),
                "--scan-class-path=" + dir.resolve("test-classes"),
                "--coverage-classes", dir.resolve("classes").toString(),
                "--report-dir", reportDir().toString()));
        args.addAll(List.of(more));
        return args;
    }

    JsonNode verdict() throws Exception {
        return new ObjectMapper().readTree(reportDir().resolve("verdict.json").toFile());
    }

    /** The JUnit jars this test runs with: they are the fixture's test dependencies too. */
    static String junitClassPath() {
        return Stream.of(testClassPath().split(File.pathSeparator))
                // allure-junit-platform's listener would need the rest of Allure: see allureClassPath().
                .filter(entry -> (entry.contains("junit") || entry.contains("opentest4j")
                        || entry.contains("apiguardian")) && !entry.contains("allure"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Allure's JUnit listener and what it needs, for a fixture whose fork writes Allure results. */
    static String allureClassPath() {
        return Stream.of(testClassPath().split(File.pathSeparator))
                .filter(entry -> entry.contains("allure") || entry.contains("slf4j"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** This test's class path: the CLI's classes and all its dependencies. */
    static String testClassPath() {
        // Surefire starts tests from a manifest-only jar: the real class path is in its own property.
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static void compile(Path output, String classpath, Path source) throws Exception {
        Files.createDirectories(output);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "--release", "17", "-g", "-cp", classpath, "-d", output.toString(), source.toString());
        assertThat(status).as("javac " + source).isZero();
    }
}
