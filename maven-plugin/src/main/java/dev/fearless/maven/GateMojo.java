package dev.fearless.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;

import dev.fearless.engine.GateRequest;
import dev.fearless.reports.ReportedRun;
import dev.fearless.reports.VerdictFile;
import dev.fearless.reports.console.ConsoleReporter;

/**
 * Runs a Fearless gate on the project's compiled code and tests, writes {@code verdict.json} and fails the build
 * unless the verdict is GO. It runs the test classes Surefire would run (its {@code includes} and {@code excludes}),
 * in a JVM that starts as Surefire's would ({@code argLine}, {@code systemPropertyVariables},
 * {@code environmentVariables}, {@code basedir}). A project with {@code pom} packaging is skipped: its modules are
 * gated in their own builds.
 *
 * <pre>{@code mvn verify -Pgate=predeploy}</pre>
 */
@Mojo(name = "gate", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class GateMojo extends AbstractMojo {

    /** The packaging of a parent or aggregator, which has no code or tests of its own: neither goal runs on it. */
    static final String POM_PACKAGING = "pom";

    /** The gate to run: {@code predeploy}, {@code postdeploy}, or one that {@code fearless.yml} defines. */
    @Parameter(property = "fearless.gate", required = true)
    private String gate;

    /** Skips the gate. */
    @Parameter(property = "fearless.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The configuration file; by default the nearest {@code fearless.yml}: the module's own, else one in a folder
     * above it up to the root of the build, if there is one.
     */
    @Parameter(property = "fearless.configFile")
    private File configFile;

    /** The target environment's base URL, handed to the tests as the {@code FEARLESS_BASE_URL} environment variable. */
    @Parameter(property = "fearless.baseUrl")
    private String baseUrl;

    /** Runs every step even after one said STOP. */
    @Parameter(property = "fearless.keepGoing", defaultValue = "false")
    private boolean keepGoing;

    /** Where {@code verdict.json} and the step reports go. */
    @Parameter(defaultValue = "${project.build.directory}/fearless", required = true)
    private File reportDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Component
    private RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Fearless gate (fearless.skip=true)");
            removeEarlierVerdict();
            return;
        }
        if (POM_PACKAGING.equals(project.getPackaging())) {
            // A parent or aggregator has no code or tests of its own; its modules are gated in their own builds.
            getLog().info("Skipping Fearless gate for " + project.getArtifactId() + ": pom packaging has no code or"
                    + " tests to gate; each module is gated in its own build");
            return;
        }
        Optional<String> refusal = SkippedTestCompilation.refusal(gate, session.getUserProperties(),
                session.getSystemProperties(), project.getProperties());
        if (refusal.isPresent()) {
            throw new MojoExecutionException(refusal.get());
        }
        IgnoredTestFilters.warnings(gate, session.getUserProperties()).forEach(getLog()::warn);
        GateRequest request = request();
        ReportedRun.Result result;
        try (PrintStream console = LogOutputStream.printStream(getLog())) {
            result = ReportedRun.run(request, new ConsoleReporter(console, false));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Fearless gate " + gate + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Fearless gate " + gate + ": the engine failed instead of returning a"
                    + " verdict (a bug in Fearless: please report it with the stack trace of mvn -e): " + e, e);
        }
        Path verdictFile = result.verdictFile().orElse(null);
        getLog().info("Fearless gate " + gate + ": " + result.verdict().decision()
                + (verdictFile == null ? ", no verdict written" : ", verdict in " + verdictFile));
        BuildResult.check(result.verdict(), verdictFile);
    }

    /**
     * A skipped gate leaves no verdict: an earlier run's GO in {@code target/fearless} would otherwise pass for this
     * build's, to a pipeline that reads the file.
     */
    private void removeEarlierVerdict() throws MojoExecutionException {
        boolean hadVerdict = Files.isRegularFile(reportDirectory.toPath().resolve(VerdictFile.FILE_NAME));
        try {
            ReportedRun.deleteStaleOutputs(reportDirectory.toPath());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Fearless gate skipped, but " + e.getMessage()
                    + " (a pipeline may read it as this build's)", e);
        }
        if (hadVerdict) {
            getLog().info("Removed the verdict and reports of an earlier run from " + reportDirectory
                    + ": this build has none");
        }
    }

    private GateRequest request() throws MojoExecutionException {
        UnaryOperator<String> expressions = expressions();
        SurefireSettings surefire = SurefireSettings.of(project, session.getUserProperties(), localRepository(),
                expressions);
        Xpp3Dom surefireConfiguration = SurefireSettings.evaluatedConfiguration(project.getBuild(), expressions);
        IgnoredSurefireSettings.warnings(gate, surefireConfiguration, Path.of(project.getBuild().getOutputDirectory()))
                .forEach(getLog()::warn);
        JacocoGoals.warning(gate, project.getBuild()).ifPresent(getLog()::warn);
        SurefireClasspath surefireClasspath = SurefireClasspath.of(surefireConfiguration,
                SurefireSettings.properties(session.getUserProperties(), project.getProperties()),
                project.getBasedir().toPath());
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
        LauncherResolver launcher = new LauncherResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories());
        return GateRequest.builder(gate)
                .projectDir(project.getBasedir().toPath())
                .configFile(configurationFile().orElse(null))
                .classpath(surefireClasspath.applyTo(TestClasspath.of(project, launcher), project.getArtifacts()))
                .scanRoots(List.of(testClasses))
                .includeClassnames(testClassNamePatterns(surefire.testExecutions(project, session.getUserProperties(),
                        expressions), testClasses))
                .coverageClasses(List.of(Path.of(project.getBuild().getOutputDirectory())))
                // Generated-source folders are listed even when no plugin generated anything.
                .sourceRoots(project.getCompileSourceRoots().stream().map(Path::of).filter(Files::isDirectory).toList())
                .jvmArgs(surefire.argLine())
                .systemProperties(surefire.systemProperties())
                .environment(surefire.environment())
                .configurationParameters(surefire.configurationParameters())
                .reportDir(reportDirectory.toPath())
                .baseUrl(baseUrl)
                .keepGoing(keepGoing)
                .build();
    }

    /**
     * The test classes Surefire would run, by name, in its {@code default-test} execution and in each other execution
     * that runs tests: the gate runs those and no others.
     */
    private List<String> testClassNamePatterns(List<SurefireSettings.TestExecution> executions, Path testClasses)
            throws MojoExecutionException {
        SurefireTestSelection.Union selected;
        try {
            selected = SurefireTestSelection.union(executions, testClasses);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Fearless gate " + gate + ": " + e.getMessage() + " (in "
                    + project.getFile() + ")", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Fearless gate " + gate + ": cannot list the test classes in "
                    + testClasses + ": " + e, e);
        }
        getLog().info("Fearless gate " + gate + ": " + selected.classNames().size() + " test class(es) in "
                + testClasses + " selected as Surefire selects them (" + selected.description() + ")");
        if (selected.classNames().isEmpty()) {
            getLog().warn("Fearless gate " + gate + ": Surefire's includes and excludes select no test class in "
                    + testClasses + ", so the gate finds no tests");
        }
        getLog().debug("Fearless gate " + gate + ": test classes " + selected.classNames());
        return SurefireTestSelection.classNamePatterns(selected.classNames());
    }

    /** The configuration file given, else the nearest one ({@link ConfigFileLocator}); the log says which. */
    private Optional<Path> configurationFile() {
        Optional<Path> file = configFile != null ? Optional.of(configFile.toPath())
                : ConfigFileLocator.nearest(project.getBasedir().toPath(), buildRoot());
        getLog().info("Fearless gate " + gate + ": " + file.map(path -> "configuration " + path)
                .orElse("the built-in gates (no fearless.yml in " + project.getBasedir() + " or the folders above it"
                        + " up to the build's root, " + buildRoot() + ")"));
        return file;
    }

    /**
     * The build's root for the module: the highest folder above it (or its own) among the multi-module project
     * directory, the top-level project's folder and the folders of its parent POMs on disk. The parents count so that
     * {@code mvn -f service/pom.xml}, or {@code mvn} started in the module, finds the same file as a build from the
     * root: Maven itself reads the parent POM from there.
     */
    private Path buildRoot() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(session.getRequest().getMultiModuleProjectDirectory()).map(File::toPath)
                .ifPresent(candidates::add);
        Optional.ofNullable(session.getTopLevelProject()).map(MavenProject::getBasedir).map(File::toPath)
                .ifPresent(candidates::add);
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            // A parent resolved from a repository has no folder of its own in the build.
            Optional.ofNullable(parent.getFile()).map(File::getParentFile).map(File::toPath).ifPresent(candidates::add);
        }
        return ConfigFileLocator.buildRoot(project.getBasedir().toPath(), candidates);
    }

    /**
     * Evaluates the {@code ${...}} expressions left in Surefire's configuration as Maven would for Surefire itself;
     * one Maven cannot resolve stays as written.
     */
    private UnaryOperator<String> expressions() {
        PluginParameterExpressionEvaluator evaluator = new PluginParameterExpressionEvaluator(session, mojoExecution);
        return text -> {
            try {
                Object value = evaluator.evaluate(text);
                return value == null ? text : value.toString();
            } catch (ExpressionEvaluationException e) {
                throw new IllegalArgumentException("Surefire's configuration value '" + text + "' cannot be"
                        + " evaluated: " + e.getMessage(), e);
            }
        };
    }

    private Path localRepository() {
        File basedir = session.getRepositorySession().getLocalRepository().getBasedir();
        return basedir == null ? null : basedir.toPath();
    }
}
