package dev.fearless.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test class in a JVM of its own with the given system properties, as the gate's fork does. Needed where a
 * test must see what a Launcher run produces: {@code EngineTestKit} drives the engine directly, without the
 * Launcher's listeners, and Allure writes its results from one of those.
 *
 * @param exitCode 0 when every test passed
 * @param output   the JVM's stdout and stderr
 */
public record ForkedRun(int exitCode, String output) {
    private static final long TIMEOUT_SECONDS = 180;

    public static ForkedRun run(Class<?> testClass, Map<String, String> systemProperties, Path workDir)
            throws IOException, InterruptedException {
        return run(testClass, systemProperties, Map.of(), workDir);
    }

    /** As {@link #run(Class, Map, Path)}, with environment variables added to this JVM's. */
    public static ForkedRun run(Class<?> testClass, Map<String, String> systemProperties,
            Map<String, String> environment, Path workDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        // Surefire's manifest-only jar hides the class path; it names the real one here.
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(LaunchMain.class.getName());
        command.add(testClass.getName());
        Path log = Files.createTempFile(workDir, "fork", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new AssertionError("fork running " + testClass.getName() + " did not end in " + TIMEOUT_SECONDS
                    + " s: " + Files.readString(log));
        }
        return new ForkedRun(process.exitValue(), Files.readString(log));
    }
}
