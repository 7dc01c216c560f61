package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * Everything a gate run needs: which gate, the project's files, and how to start the test JVM. Immutable; build one
 * with {@link #builder(String)}.
 *
 * <pre>{@code
 * GateRequest request = GateRequest.builder("predeploy")
 *         .projectDir(Path.of("."))
 *         .classpath(testClasspath)
 *         .scanRoots(List.of(Path.of("target/test-classes")))
 *         .coverageClasses(List.of(Path.of("target/classes")))
 *         .reportDir(Path.of("target/fearless"))
 *         .build();
 * Verdict verdict = new GateEngine().run(request, GateListener.NONE);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class GateRequest {

    /** JUnit's default class name pattern, as in the Console Launcher. */
    public static final String DEFAULT_INCLUDE_CLASSNAME = "^(Test.*|.+[.$]Test.*|.*Tests?)$";

    private final String gate;
    private final Path projectDir;
    private final Optional<Path> configFile;
    private final List<Path> classpath;
    private final List<Path> scanRoots;
    private final List<String> includeClassnames;
    private final List<String> excludeClassnames;
    private final List<Path> coverageClasses;
    private final List<Path> sourceRoots;
    private final List<String> jvmArgs;
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Map<String, String> configurationParameters;
    private final Path reportDir;
    private final Optional<String> baseUrl;
    private final boolean keepGoing;
    private final Path javaExecutable;

    private GateRequest(Builder builder) {
        this.gate = builder.gate;
        this.projectDir = builder.projectDir.toAbsolutePath().normalize();
        this.configFile = Optional.ofNullable(builder.configFile).map(this::absolute);
        this.classpath = builder.classpath.stream().map(this::absolute).toList();
        this.scanRoots = builder.scanRoots.stream().map(this::absolute).toList();
        this.includeClassnames = builder.includeClassnames.isEmpty()
                ? List.of(DEFAULT_INCLUDE_CLASSNAME) : List.copyOf(builder.includeClassnames);
        this.excludeClassnames = List.copyOf(builder.excludeClassnames);
        this.coverageClasses = builder.coverageClasses.stream().map(this::absolute).toList();
        this.sourceRoots = builder.sourceRoots.stream().map(this::absolute).toList();
        this.jvmArgs = List.copyOf(builder.jvmArgs);
        this.systemProperties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.systemProperties));
        this.environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.environment));
        this.configurationParameters = java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(builder.configurationParameters));
        this.reportDir = absolute(builder.reportDir == null ? Path.of("fearless-report") : builder.reportDir);
        this.baseUrl = Optional.ofNullable(builder.baseUrl).filter(url -> !url.isBlank());
        this.keepGoing = builder.keepGoing;
        this.javaExecutable = builder.javaExecutable == null
                ? Paths.get(System.getProperty("java.home"), "bin", "java") : builder.javaExecutable;
    }

    private Path absolute(Path path) {
        return projectDir.resolve(path).toAbsolutePath().normalize();
    }

    public static Builder builder(String gate) {
        return new Builder(gate);
    }

    /** The gate's name, for example {@code predeploy}. */
    public String gate() {
        return gate;
    }

    /** The project's root: {@code fearless.yml} is looked for here, and relative paths resolve against it. */
    public Path projectDir() {
        return projectDir;
    }

    /** The configuration file given explicitly; when empty, {@code fearless.yml} in the project dir is used if present. */
    public Optional<Path> configFile() {
        return configFile;
    }

    /** The test class path: test classes, the code under test and every dependency, JUnit's included. */
    public List<Path> classpath() {
        return classpath;
    }

    /** The folders or jars whose test classes are discovered, as in {@code --scan-class-path}. */
    public List<Path> scanRoots() {
        return scanRoots;
    }

    /** Regular expressions a test class's fully qualified name must match (JUnit's default when none is given). */
    public List<String> includeClassnames() {
        return includeClassnames;
    }

    /** Regular expressions that exclude a test class by fully qualified name. */
    public List<String> excludeClassnames() {
        return excludeClassnames;
    }

    /** The folders or jars of the code under test, over which coverage is computed. */
    public List<Path> coverageClasses() {
        return coverageClasses;
    }

    /** The source folders that the engine's own static analyzer reads when no report is configured. */
    public List<Path> sourceRoots() {
        return sourceRoots;
    }

    /** Extra arguments for the test JVM, for example Surefire's {@code argLine}. */
    public List<String> jvmArgs() {
        return jvmArgs;
    }

    /** System properties for the test JVM. */
    public Map<String, String> systemProperties() {
        return systemProperties;
    }

    /** Environment variables added to the test JVM's environment. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * JUnit Platform configuration parameters for the tests' launcher, as Surefire's
     * {@code <properties><configurationParameters>} gives them; they win over the tests' own
     * {@code junit-platform.properties} and system properties of the same name.
     */
    public Map<String, String> configurationParameters() {
        return configurationParameters;
    }

    /** Where the verdict and reports go. */
    public Path reportDir() {
        return reportDir;
    }

    /**
     * The target environment's base URL, handed to the tests as the {@code FEARLESS_BASE_URL} environment variable.
     * The engine refuses one that is not an absolute http or https URL (an ERROR verdict with exit code
     * {@link ExitCode#USAGE}), and masks its password in everything the run writes.
     */
    public Optional<String> baseUrl() {
        return baseUrl;
    }

    /** Whether to run every step even after one said STOP. */
    public boolean keepGoing() {
        return keepGoing;
    }

    /** The {@code java} executable that starts the test JVM. */
    public Path javaExecutable() {
        return javaExecutable;
    }

    /** Builds a {@link GateRequest}; every setter returns this builder. */
    public static final class Builder {
        private final String gate;
        private Path projectDir = Path.of("");
        private Path configFile;
        private List<Path> classpath = List.of();
        private List<Path> scanRoots = List.of();
        private List<String> includeClassnames = List.of();
        private List<String> excludeClassnames = List.of();
        private List<Path> coverageClasses = List.of();
        private List<Path> sourceRoots = List.of();
        private final List<String> jvmArgs = new ArrayList<>();
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, String> configurationParameters = new LinkedHashMap<>();
        private Path reportDir;
        private String baseUrl;
        private boolean keepGoing;
        private Path javaExecutable;

        private Builder(String gate) {
            this.gate = Objects.requireNonNull(gate, "gate");
        }

        public Builder projectDir(Path dir) {
            this.projectDir = Objects.requireNonNull(dir, "projectDir");
            return this;
        }

        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        public Builder classpath(List<Path> entries) {
            this.classpath = List.copyOf(entries);
            return this;
        }

        public Builder scanRoots(List<Path> roots) {
            this.scanRoots = List.copyOf(roots);
            return this;
        }

        public Builder includeClassnames(List<String> patterns) {
            this.includeClassnames = List.copyOf(patterns);
            return this;
        }

        public Builder excludeClassnames(List<String> patterns) {
            this.excludeClassnames = List.copyOf(patterns);
            return this;
        }

        public Builder coverageClasses(List<Path> locations) {
            this.coverageClasses = List.copyOf(locations);
            return this;
        }

        public Builder sourceRoots(List<Path> roots) {
            this.sourceRoots = List.copyOf(roots);
            return this;
        }

        public Builder jvmArgs(List<String> args) {
            this.jvmArgs.addAll(args);
            return this;
        }

        public Builder systemProperty(String key, String value) {
            this.systemProperties.put(key, value);
            return this;
        }

        public Builder systemProperties(Map<String, String> properties) {
            this.systemProperties.putAll(properties);
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            this.environment.putAll(variables);
            return this;
        }

        public Builder configurationParameters(Map<String, String> parameters) {
            this.configurationParameters.putAll(parameters);
            return this;
        }

        public Builder reportDir(Path dir) {
            this.reportDir = dir;
            return this;
        }

        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        public Builder keepGoing(boolean keepGoing) {
            this.keepGoing = keepGoing;
            return this;
        }

        public Builder javaExecutable(Path java) {
            this.javaExecutable = java;
            return this;
        }

        public GateRequest build() {
            return new GateRequest(this);
        }
    }
}
