package dev.fearless.engine.internal.fork;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How to start one fork and what it should run.
 *
 * @param java             the {@code java} executable
 * @param classpath        the test class path (the fork's own classes are added in front)
 * @param jvmArgs          JVM options, the JaCoCo agent's included
 * @param systemProperties system properties for the tests
 * @param environment      environment variables added to the gate's own
 * @param workDir          the fork's working directory (the project's)
 * @param stepDir          where the request, argument file, running-test file and output go
 * @param discovery        what to discover
 * @param testTimeout      how long one test may run
 * @param maxDuration      how long the whole fork may run
 * @param outputFilter     applied to each line the fork prints before it is written, and to the argument file once
 *                         the fork has read it, to mask secrets
 */
public record ForkSpec(Path java, List<Path> classpath, List<String> jvmArgs, Map<String, String> systemProperties,
        Map<String, String> environment, Path workDir, Path stepDir, Discovery discovery, Duration testTimeout,
        Duration maxDuration, UnaryOperator<String> outputFilter) {

    /**
     * @param scanRoots          classpath roots to scan for tests
     * @param includeClassnames  class name patterns to include
     * @param excludeClassnames  class name patterns to exclude
     * @param tagExpression      the JUnit tag expression, or {@code null} for every test
     * @param configuration      JUnit Platform configuration parameters
     * @param defaults           JUnit Platform configuration parameters that apply unless the project sets them
     *                           (a system property or its {@code junit-platform.properties})
     */
    public record Discovery(List<Path> scanRoots, List<String> includeClassnames, List<String> excludeClassnames,
            String tagExpression, Map<String, String> configuration, Map<String, String> defaults) {
    }

    /** The file the fork's stdout and stderr go to, in the step's folder. */
    public static final String OUTPUT_FILE = "output.txt";

    /** The test JVM's argument file ({@code java @fork.args}), in the step's folder. */
    public static final String ARGUMENT_FILE = "fork.args";

    /** The request the test JVM reads: what to run and where to connect, in the step's folder. */
    public static final String REQUEST_FILE = "fork-request.properties";

    /** The memory-mapped file naming the running test, in the step's folder. */
    public static final String RUNNING_TEST_FILE = "running-test";

    /** The files a test JVM's run leaves in its step's folder. */
    public static final List<String> FILES = List.of(OUTPUT_FILE, ARGUMENT_FILE, REQUEST_FILE, RUNNING_TEST_FILE);

    /** The file the fork's stdout and stderr go to. */
    public Path outputFile() {
        return stepDir.resolve(OUTPUT_FILE);
    }
}
