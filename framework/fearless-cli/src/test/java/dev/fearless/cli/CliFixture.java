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
    private final String dependencies;

    CliFixture(Path dir) {
        this(dir, junitClassPath());
    }

    private CliFixture(Path dir, String dependencies) {
        this.dir = dir;
        this.dependencies = dependencies;
    }

    /** A fixture whose tests may use the whole of fearless-framework (REST Assured, health checks, ...). */
    static CliFixture withFramework(Path dir) {
        return new CliFixture(dir, testClassPath());
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
        compile(dir.resolve("test-classes"), dir.resolve("classes") + File.pathSeparator + dependencies, test);
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
                        dir.resolve("classes").toString(), dependencies),
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
        // By file name: other jars merely mention JUnit (allure-junit-platform) and would drag their own needs in.
        return Stream.of(testClassPath().split(File.pathSeparator))
                .filter(entry -> {
                    String name = Path.of(entry).getFileName().toString();
                    return name.startsWith("junit-") || name.startsWith("opentest4j-")
                            || name.startsWith("apiguardian-api-");
                })
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
