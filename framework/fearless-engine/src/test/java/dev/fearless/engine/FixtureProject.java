package dev.fearless.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small project written and compiled at test time: main classes, test classes, and the JUnit jars of one
 * version (copied by the build into {@code target/fixture-libs}). The engine's tests run real forks on these.
 */
final class FixtureProject {

    enum JUnit { JUNIT5, JUNIT6 }

    private final Path dir;
    private final JUnit junit;
    private final Map<String, String> mainSources = new LinkedHashMap<>();
    private final Map<String, String> testSources = new LinkedHashMap<>();
    private String mainDebugInfo = "-g";

    private FixtureProject(Path dir, JUnit junit) {
        this.dir = dir;
        this.junit = junit;
    }

    static FixtureProject junit5(Path dir) {
        return new FixtureProject(dir, JUnit.JUNIT5);
    }

    static FixtureProject junit6(Path dir) {
        return new FixtureProject(dir, JUnit.JUNIT6);
    }

    /** A main class; {@code source} is the whole file, its class name is taken from {@code name}. */
    FixtureProject main(String name, String source) {
        mainSources.put(name, source);
        return this;
    }

    /** A test class in the default package with these imports already written. */
    FixtureProject test(String name, String body) {
        testSources.put(name, """
                import org.junit.jupiter.api.*;
                import static org.junit.jupiter.api.Assertions.*;
                import static org.junit.jupiter.api.Assumptions.*;
                """ + body);
        return this;
    }

    /** Compiles the main classes with {@code javac -g:none}: class files without line numbers or source names. */
    FixtureProject mainWithoutDebugInfo() {
        mainDebugInfo = "-g:none";
        return this;
    }

    Path dir() {
        return dir;
    }

    Path classes() {
        return dir.resolve("classes");
    }

    Path testClasses() {
        return dir.resolve("test-classes");
    }

    List<Path> junitJars() {
        Path libs = Paths.get(System.getProperty("fearless.fixture.libs", "target/fixture-libs"))
                .resolve(junit == JUnit.JUNIT5 ? "junit5" : "junit6");
        try (Stream<Path> jars = Files.list(libs)) {
            return jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("no fixture JUnit jars in " + libs + "; run the build's"
                    + " process-test-resources phase", e);
        }
    }

    /** Compiles everything and returns the test class path: test classes, classes, JUnit jars. */
    List<Path> build() throws IOException {
        compile(mainSources, classes(), List.of(), mainDebugInfo);
        List<Path> testCompileClasspath = new ArrayList<>(junitJars());
        testCompileClasspath.add(classes());
        compile(testSources, testClasses(), testCompileClasspath, "-g");
        List<Path> classpath = new ArrayList<>();
        classpath.add(testClasses());
        classpath.add(classes());
        classpath.addAll(junitJars());
        return classpath;
    }

    /** A request for {@code gate} over this project, with the report folder inside it. */
    GateRequest.Builder request(String gate) throws IOException {
        return GateRequest.builder(gate)
                .projectDir(dir)
                .classpath(build())
                .scanRoots(List.of(testClasses()))
                .coverageClasses(List.of(classes()))
                .reportDir(dir.resolve("report"));
    }

    private void compile(Map<String, String> sources, Path out, List<Path> classpath, String debugInfo)
            throws IOException {
        Files.createDirectories(out);
        if (sources.isEmpty()) {
            return;
        }
        Path src = out.resolveSibling(out.getFileName() + "-src");
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-nowarn", debugInfo));
        if (!classpath.isEmpty()) {
            args.add("-cp");
            args.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        }
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int result = compiler.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }), args.toArray(new String[0]));
        assertThat(result).as("fixture compiles: %s", errors).isZero();
    }
}
