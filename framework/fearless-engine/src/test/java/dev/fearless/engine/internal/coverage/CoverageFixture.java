package dev.fearless.engine.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles tiny classes at test time and runs them in a real JVM under the JaCoCo agent. */
final class CoverageFixture {

    private CoverageFixture() {
    }

    /** Compiles {@code sources} (class name to source) into {@code classes}, with javac's default debug info. */
    static Path compile(Path classes, Map<String, String> sources) throws IOException {
        return compile(classes, sources, List.of());
    }

    /** Compiles {@code sources} into {@code classes} with these javac options, such as {@code -g:none}. */
    static Path compile(Path classes, Map<String, String> sources, List<String> javacOptions) throws IOException {
        Path src = Files.createTempDirectory(classes.getParent(), "src");
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
        args.addAll(javacOptions);
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, errors, args.toArray(String[]::new));
        assertThat(exit).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** Runs {@code mainClass} from {@code classes} with the given JVM argument (the agent) and waits for its end. */
    static void run(Path classes, String mainClass, String agentArgument, Path workDir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = workDir.resolve("fixture-output.txt");
        Process process = new ProcessBuilder(java.toString(), agentArgument, "-cp", classes.toString(), mainClass)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("fixture JVM finished").isTrue();
        assertThat(process.exitValue()).as("fixture JVM: %s", Files.readString(output)).isZero();
    }

    /**
     * Compiles {@code sources} into {@code dir/classes} and runs {@code mainClass} under the engine's JaCoCo agent,
     * which writes {@code dir/out/jacoco.exec}.
     */
    static Recorded recorded(Path dir, Map<String, String> sources, String mainClass) throws Exception {
        return recorded(dir, sources, mainClass, List.of());
    }

    /** As {@link #recorded(Path, Map, String)}, compiled with these javac options. */
    static Recorded recorded(Path dir, Map<String, String> sources, String mainClass, List<String> javacOptions)
            throws Exception {
        Path classes = compile(dir.resolve("classes"), sources, javacOptions);
        Path exec = dir.resolve("out/jacoco.exec");
        Path agent = JacocoAgent.extract(dir.resolve("agent"));
        run(classes, mainClass, JacocoAgent.javaagentArgument(agent, exec), dir);
        return new Recorded(classes, exec);
    }

    /** Class files and the execution data one run of them recorded. */
    record Recorded(Path classes, Path exec) {
    }
}
