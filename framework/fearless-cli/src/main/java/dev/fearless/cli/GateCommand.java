package dev.fearless.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateEngine;
import dev.fearless.engine.GateListener;
import dev.fearless.engine.GateRequest;
import dev.fearless.engine.Verdict;
import dev.fearless.reports.ReportedRun;
import dev.fearless.reports.console.ConsoleReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fearless gate NAME}: runs one gate, writes its verdict and exits with the gate's exit code. */
@Command(name = "gate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the steps of a gate (static analysis, then each layer's tests in a forked JVM), checks"
                + " their rules, prints the verdict and writes it to REPORT_DIR/verdict.json.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {GateCommand.EXIT_GO, GateCommand.EXIT_STOP, GateCommand.EXIT_USAGE, GateCommand.EXIT_NOT_RUN},
        footerHeading = "%n", footer = {
            "Relative paths are relative to the current directory. PATH lists are joined with the path separator"
                    + " (':' on Unix, ';' on Windows); every list option may also be repeated.",
            "%nExample:",
            "  fearless gate predeploy --class-path target/test-classes:target/classes:...",
            "      --scan-class-path=target/test-classes --coverage-classes target/classes"})
final class GateCommand implements Callable<Integer> {

    static final String EXIT_GO = "0:GO";
    static final String EXIT_STOP = "1:STOP: a rule was violated";
    static final String EXIT_USAGE = "2:usage or configuration error";
    static final String EXIT_NOT_RUN = "3:the tests could not be run (fork crash, timeout, unreadable coverage or"
            + " report)";
    static final String DEFAULT_REPORT_DIR = "fearless-report";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GATE",
            description = "The gate to run: predeploy, postdeploy or one defined in fearless.yml.")
    String gate;

    @Option(names = {"-cp", "--classpath", "--class-path"}, paramLabel = "PATH",
            description = "The test class path: test classes, the code under test and every dependency, JUnit's too.")
    List<String> classPath = new ArrayList<>();

    @Option(names = "--scan-class-path", arity = "0..1", paramLabel = "PATH",
            description = "Folders or jars whose test classes are run. Without a value: every folder of the class"
                    + " path. Put it after GATE, or write --scan-class-path=PATH.")
    List<String> scanClassPath;

    @Option(names = "--include-classname", paramLabel = "PATTERN",
            description = "A regular expression test class names must match (default: JUnit's, "
                    + GateRequest.DEFAULT_INCLUDE_CLASSNAME + ").")
    List<String> includeClassnames = new ArrayList<>();

    @Option(names = "--exclude-classname", paramLabel = "PATTERN",
            description = "A regular expression that excludes test classes by name.")
    List<String> excludeClassnames = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration (default: PROJECT_DIR/fearless.yml if present, else the built-in gates).")
    Path configFile;

    @Option(names = "--coverage-classes", paramLabel = "PATH",
            description = "Folders or jars of the code under test, over which coverage is measured.")
    List<String> coverageClasses = new ArrayList<>();

    @Option(names = "--source-dir", paramLabel = "DIR",
            description = "A source folder for the static step's own analyzer.")
    List<Path> sourceDirs = new ArrayList<>();

    @Option(names = "--jvm-arg", arity = "1", paramLabel = "ARG", preprocessor = JvmArgPreprocessor.class,
            description = "An argument for the test JVM, e.g. --jvm-arg=-Xmx512m.")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = "-D", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "A system property for the test JVM.")
    Map<String, String> systemProperties = new LinkedHashMap<>();

    @Option(names = "--report-dir", paramLabel = "DIR",
            description = "Where verdict.json and the reports go (default: PROJECT_DIR/" + DEFAULT_REPORT_DIR + ").")
    Path reportDir;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The deployed application's URL, given to the tests as fearless.baseUrl.")
    String baseUrl;

    @Option(names = "--keep-going", description = "Run every step even after one said STOP.")
    boolean keepGoing;

    @Option(names = "--project-dir", paramLabel = "DIR", defaultValue = ".",
            description = "The project's folder, where fearless.yml is looked for (default: the current one).")
    Path projectDir;

    private final BiFunction<GateRequest, GateListener, Verdict> engine;
    private final PrintStream console;
    private final Boolean ansi;

    /** The real engine on standard output; built in {@link #call()}, after the {@link BackgroundPreload}. */
    GateCommand() {
        this(null, System.out, null);
    }

    GateCommand(BiFunction<GateRequest, GateListener, Verdict> engine, PrintStream console, Boolean ansi) {
        this.engine = engine;
        this.console = console;
        this.ansi = ansi;
    }

    @Override
    public Integer call() {
        BackgroundPreload.await();
        BiFunction<GateRequest, GateListener, Verdict> engine = this.engine != null ? this.engine
                : new GateEngine()::run;
        boolean ansi = this.ansi != null ? this.ansi : ConsoleReporter.isTerminal();
        // A report directory that cannot be one is refused before anything in it is deleted; every other check comes
        // after the deletion, so that a refused run does not leave the last run's GO to be read.
        ReportedRun.deleteStaleOutputs(checkedReportDirectory());
        ReportedRun.Result result = ReportedRun.run(toRequest(), new ConsoleReporter(console, ansi), engine);
        result.verdictFile().ifPresent(file -> console.println("Verdict: " + file));
        console.flush();
        return result.exitCode();
    }

    /**
     * The engine's request for the parsed options. A report directory that is empty or a file, a project folder or
     * test root that is not there, a test root that is a file but not a jar, an empty JVM argument and a class name
     * pattern that does not compile are usage errors. Coverage locations are the engine's to check: only a gate that
     * measures coverage needs them.
     */
    GateRequest toRequest() {
        Path reports = checkedReportDirectory();
        Path project = projectDirectory();
        List<Path> classpath = existingJars(paths(classPath));
        return GateRequest.builder(gate)
                .projectDir(project)
                .configFile(configFile == null ? null : absolute(configFile))
                .classpath(classpath)
                .scanRoots(scanRoots(classpath))
                .includeClassnames(regularExpressions("--include-classname", includeClassnames))
                .excludeClassnames(regularExpressions("--exclude-classname", excludeClassnames))
                .coverageClasses(paths(coverageClasses))
                .sourceRoots(sourceDirs.stream().map(GateCommand::absolute).toList())
                .jvmArgs(nonEmptyJvmArgs())
                .systemProperties(systemProperties)
                .reportDir(reports)
                .baseUrl(baseUrl)
                .keepGoing(keepGoing)
                .build();
    }

    /** The report directory the options name: {@code --report-dir}, else {@code PROJECT_DIR/fearless-report}. */
    static Path reportDirectory(Path projectDir, Path reportDir) {
        return reportDir == null ? absolute(projectDir).resolve(DEFAULT_REPORT_DIR) : absolute(reportDir);
    }

    private Path checkedReportDirectory() {
        reportDirectoryProblem(projectDir, reportDir).ifPresent(problem -> {
            throw usage(problem);
        });
        return reportDirectory(projectDir, reportDir);
    }

    /**
     * Why the report directory the options name cannot be used, or empty when it can: {@code --report-dir ''} (which
     * would be the current folder, whose {@code verdict.json} and JUnit XML the run deletes first), or a path that is,
     * or runs through, a file. The default, in the project's folder, is left to the check of {@code --project-dir}.
     */
    static Optional<String> reportDirectoryProblem(Path projectDir, Path reportDir) {
        if (reportDir == null) {
            return Optional.empty();
        }
        String advice = "; give the folder for verdict.json and the reports (it is created when missing), or leave the"
                + " option out for PROJECT_DIR/" + DEFAULT_REPORT_DIR;
        if (reportDir.toString().isBlank()) {
            return Optional.of("--report-dir is empty" + advice);
        }
        Path reports = reportDirectory(projectDir, reportDir);
        for (Path existing = reports; existing != null; existing = existing.getParent()) {
            if (Files.isDirectory(existing)) {
                return Optional.empty();
            }
            if (Files.exists(existing)) {
                return Optional.of("--report-dir " + reports + (existing.equals(reports) ? " is a file, not a folder"
                        : ": " + existing + " is a file, not a folder") + advice);
            }
        }
        return Optional.empty();
    }

    /** The JVM arguments; an empty one would reach the test JVM as its main class, and fail it without a hint. */
    private List<String> nonEmptyJvmArgs() {
        if (jvmArgs.stream().anyMatch(String::isBlank)) {
            throw usage("--jvm-arg is empty; give one argument for the test JVM each time, e.g. --jvm-arg=-Xmx512m");
        }
        return jvmArgs;
    }

    private Path projectDirectory() {
        Path project = absolute(projectDir);
        if (!Files.isDirectory(project)) {
            // Else the engine would look for fearless.yml and java in a folder that is not there, and blame those.
            throw usage("--project-dir " + project + (Files.exists(project) ? " is a file" : " does not exist")
                    + "; give the project's folder (where fearless.yml is looked for), or leave the option out to use"
                    + " the current folder");
        }
        return project;
    }

    /** The patterns, checked here rather than by a converter: a refused pattern comes after the stale verdict went. */
    private List<String> regularExpressions(String option, List<String> patterns) {
        for (String pattern : patterns) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw usage(option + " '" + pattern + "' is not a regular expression: " + e.getDescription()
                        + " at index " + e.getIndex() + "; fix the pattern (it is a Java regular expression, matched"
                        + " against the fully qualified class name)");
            }
        }
        return patterns;
    }

    /**
     * The class path, when each jar on it exists. A missing jar (a mistyped path, a dependency not downloaded) would
     * quietly drop its classes: a test whose annotations come from it is then no test at all, and the gate could say
     * GO without it. A missing folder is let through: build tools list folders they have not made (a module without
     * resources), and its classes are missing either way.
     */
    private List<Path> existingJars(List<Path> classpath) {
        for (Path entry : classpath) {
            if (entry.getFileName() != null && entry.getFileName().toString().endsWith(".jar") && !Files.exists(entry)) {
                throw usage("--class-path " + entry + " does not exist; fix the path, or fetch the dependency first");
            }
        }
        return classpath;
    }

    /** The test roots; none without {@code --scan-class-path}, which the engine refuses for a gate with tests. */
    private List<Path> scanRoots(List<Path> classpath) {
        if (scanClassPath == null) {
            return List.of();
        }
        if (scanClassPath.isEmpty()) {
            List<Path> folders = classpath.stream().filter(Files::isDirectory).toList();
            if (folders.isEmpty()) {
                throw usage("no test roots: --scan-class-path without a value scans the folders of --class-path,"
                        + " and it has none; give --scan-class-path DIR");
            }
            return folders;
        }
        List<Path> roots = paths(scanClassPath);
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw usage("--scan-class-path " + root + " does not exist; build the tests first or fix the path");
            }
            if (!Files.isDirectory(root)) {
                requireJar(root);
            }
        }
        return roots;
    }

    /** A test root that is a file must be a jar: JUnit would find nothing in anything else, and say only that. */
    private void requireJar(Path root) {
        String what = "--scan-class-path " + root;
        if (!Files.isRegularFile(root)) {
            throw usage(what + " is neither a folder nor a file; give a folder of compiled test classes or a jar");
        }
        try (JarFile jar = new JarFile(root.toFile())) {
            jar.size();
        } catch (IOException | SecurityException e) {
            throw usage(what + " is not a readable jar (" + e.getMessage() + "); give a folder of compiled test"
                    + " classes or a jar of them, and rebuild the jar if it is broken");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Each value split on the path separator, blanks dropped, made absolute against the current directory. */
    private static List<Path> paths(List<String> values) {
        return values.stream()
                .flatMap(value -> Arrays.stream(value.split(Pattern.quote(File.pathSeparator))))
                .filter(entry -> !entry.isBlank())
                .map(entry -> absolute(Path.of(entry)))
                .toList();
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
