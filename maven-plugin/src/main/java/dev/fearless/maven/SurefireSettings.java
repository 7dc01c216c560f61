package dev.fearless.maven;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginContainer;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the project told Surefire about its test JVM and its tests, so the gate's fork starts the same way and runs the
 * same test classes: {@code argLine} (the configuration's, else the {@code argLine} property, which is how
 * {@code jacoco:prepare-agent} and many poms pass JVM flags), {@code systemPropertyVariables},
 * {@code environmentVariables}, {@code includes} and {@code excludes} (with {@code includesFile} and
 * {@code excludesFile}); as Surefire does, the user properties ({@code -Dname=value} on Maven's command line) become
 * system properties that win over {@code systemPropertyVariables}, and {@code basedir} and {@code localRepository}
 * are set last.
 *
 * <p>Read from the effective model, where Maven has already interpolated {@code ${...}}; the late-replacement
 * placeholders {@code @{property}} are replaced here, as Surefire does when it starts its fork.
 *
 * @param argLine          the JVM arguments, split like Surefire splits them (on whitespace, respecting quotes)
 * @param systemProperties the {@code systemPropertyVariables}, in declaration order
 * @param environment      the {@code environmentVariables}, in declaration order
 * @param includes         Surefire's include patterns as written ({@code includesFile}'s first), empty for its default
 * @param excludes         Surefire's exclude patterns as written ({@code excludesFile}'s first), empty for its default
 * @param configurationParameters the JUnit Platform configuration parameters of
 *                         {@code <properties><configurationParameters>}, which Surefire hands JUnit's launcher
 */
record SurefireSettings(List<String> argLine, Map<String, String> systemProperties, Map<String, String> environment,
        List<String> includes, List<String> excludes, Map<String, String> configurationParameters) {

    static final String SUREFIRE = "org.apache.maven.plugins:maven-surefire-plugin";

    /** The execution Maven binds to {@code test} for jar projects; it carries the plugin-level configuration too. */
    static final String DEFAULT_TEST_EXECUTION = "default-test";

    private static final Pattern LATE_PLACEHOLDER = Pattern.compile("@\\{([^}]+)}");

    /** JaCoCo's agent, as {@code jacoco:prepare-agent} puts it in {@code argLine}. */
    private static final Pattern JACOCO_AGENT = Pattern.compile("-javaagent:.*org\\.jacoco\\.agent.*");

    private static final String JAVAAGENT = "-javaagent:";

    SurefireSettings {
        argLine = List.copyOf(argLine);
        systemProperties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(systemProperties));
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        configurationParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(configurationParameters));
    }

    /**
     * The settings of {@code project}'s Surefire configuration, its {@code ${...}} expressions evaluated by
     * {@code expressions} as Maven evaluates them when it configures Surefire itself.
     */
    static SurefireSettings of(MavenProject project, Properties userProperties, Path localRepository,
            UnaryOperator<String> expressions) throws MojoExecutionException {
        try {
            return from(evaluatedConfiguration(project.getBuild(), expressions),
                    properties(userProperties, project.getProperties()), project.getBasedir().toPath())
                    .withUserProperties(userProperties)
                    .withForkProperties(project.getBasedir().toPath(), localRepository);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (in " + project.getFile() + ")", e);
        }
    }

    /**
     * Surefire's configuration in {@code build} ({@link #configuration}) with its expressions evaluated
     * ({@link #evaluated}), or {@code null} when the project does not configure Surefire.
     */
    static Xpp3Dom evaluatedConfiguration(Build build, UnaryOperator<String> expressions) {
        Xpp3Dom configuration = configuration(build);
        return configuration == null ? null : evaluated(configuration, expressions);
    }

    /**
     * A copy of {@code configuration} whose values have their {@code ${...}} expressions evaluated. The effective
     * model holds the configuration as the model builder left it: it has replaced the project's properties as they
     * were when the pom was read, but not {@code ${settings.localRepository}}, {@code ${session.*}}, or a property
     * that a plugin sets during the build (a port reserved for the tests, say). Maven evaluates those only when it
     * configures the mojo that reads them, so Surefire gets them and the gate must evaluate them itself.
     */
    static Xpp3Dom evaluated(Xpp3Dom configuration, UnaryOperator<String> expressions) {
        Xpp3Dom copy = new Xpp3Dom(configuration.getName());
        String value = configuration.getValue();
        copy.setValue(value != null && value.contains("${") ? expressions.apply(value) : value);
        for (String attribute : configuration.getAttributeNames()) {
            copy.setAttribute(attribute, configuration.getAttribute(attribute));
        }
        for (Xpp3Dom child : configuration.getChildren()) {
            copy.addChild(evaluated(child, expressions));
        }
        return copy;
    }

    /**
     * The settings of Surefire's configuration {@code configuration} (may be {@code null}: no configuration).
     * {@code properties} looks up a property, user properties first, as Maven does for a parameter the
     * configuration does not set ({@code argLine}, {@code surefire.includesFile}, {@code surefire.excludesFile}) and
     * as Surefire does for {@code @{name}}; it returns {@code null} when there is none. Relative file names resolve
     * against {@code basedir}.
     *
     * @throws IllegalArgumentException when {@code argLine} has an unbalanced quote or names an undefined property,
     *                                  or an includes or excludes file cannot be read
     */
    static SurefireSettings from(Xpp3Dom configuration, Function<String, String> properties, Path basedir) {
        Optional<String> argLine = parameter(configuration, "argLine", "argLine", properties);
        // The engine measures coverage with its own JaCoCo agent; a second one (from jacoco:prepare-agent's
        // argLine) would instrument the classes first, and the engine's agent would then see none.
        List<String> jvmArgs = argLine.map(line -> split(replaceLatePlaceholders(line, properties))).orElse(List.of())
                .stream().filter(arg -> !isJacocoAgent(arg)).toList();
        Xpp3Dom none = new Xpp3Dom("none");
        Xpp3Dom surefire = configuration == null ? none : configuration;
        refuseDependenciesToScan(surefire, properties);
        return new SurefireSettings(jvmArgs, children(surefire.getChild("systemPropertyVariables")),
                children(surefire.getChild("environmentVariables")),
                patterns(surefire, "includes", "includesFile", "surefire.includesFile", properties, basedir),
                patterns(surefire, "excludes", "excludesFile", "surefire.excludesFile", properties, basedir),
                configurationParameters(surefire.getChild("properties")));
    }

    /**
     * These settings with Maven's user properties added to the system properties, replacing a
     * {@code systemPropertyVariables} entry of the same name: Surefire hands them to its fork this way, so
     * {@code mvn verify -Pgate=predeploy -Dfearless.services.postgres.url=...} reaches the tests the same way.
     */
    SurefireSettings withUserProperties(Properties userProperties) {
        Map<String, String> merged = new LinkedHashMap<>(systemProperties);
        new java.util.TreeSet<>(userProperties.stringPropertyNames())
                .forEach(name -> merged.put(name, userProperties.getProperty(name)));
        return new SurefireSettings(argLine, merged, environment, includes, excludes, configurationParameters);
    }

    /**
     * These settings with the system properties Surefire sets last in its fork, over any other:
     * {@code basedir}, the project's folder (tests find their files with it), and {@code localRepository}.
     */
    SurefireSettings withForkProperties(Path basedir, Path localRepository) {
        Map<String, String> merged = new LinkedHashMap<>(systemProperties);
        merged.put("basedir", basedir.toAbsolutePath().toString());
        if (localRepository != null) {
            merged.put("localRepository", localRepository.toAbsolutePath().toString());
        }
        return new SurefireSettings(argLine, merged, environment, includes, excludes, configurationParameters);
    }

    /**
     * Surefire's configuration in {@code build}: the {@code default-test} execution's when there is one (Maven has
     * merged the plugin-level configuration into it), else the plugin's, else {@code pluginManagement}'s; or
     * {@code null} when the project does not configure Surefire.
     */
    static Xpp3Dom configuration(Build build) {
        Plugin plugin = plugin(build).or(() -> plugin(build.getPluginManagement())).orElse(null);
        if (plugin == null) {
            return null;
        }
        PluginExecution defaultTest = plugin.getExecutionsAsMap().get(DEFAULT_TEST_EXECUTION);
        Object configuration = defaultTest != null && defaultTest.getConfiguration() != null
                ? defaultTest.getConfiguration() : plugin.getConfiguration();
        return (Xpp3Dom) configuration;
    }

    /**
     * A Surefire execution besides {@code default-test} that runs tests (goal {@code test}), such as one that runs
     * {@code *IT} classes in the {@code integration-test} phase, and the classes it selects.
     *
     * @param id       the execution's id
     * @param includes its include patterns as written, empty for Surefire's default
     * @param excludes its exclude patterns as written, empty for Surefire's default
     */
    record TestExecution(String id, List<String> includes, List<String> excludes) {
    }

    /**
     * Whether Surefire's {@code default-test} execution runs: not when the pom binds it to the phase {@code none},
     * as poms do that define their own test executions instead.
     */
    static boolean defaultTestRuns(Build build) {
        return plugin(build).map(plugin -> plugin.getExecutionsAsMap().get(DEFAULT_TEST_EXECUTION))
                .map(execution -> !"none".equals(execution.getPhase())).orElse(true);
    }

    /** This configuration's selection, as the {@code default-test} execution's. */
    TestExecution defaultTestExecution() {
        return new TestExecution(DEFAULT_TEST_EXECUTION, includes, excludes);
    }

    /**
     * Every Surefire execution whose tests the gate runs: {@code default-test} with these settings' selection, unless
     * the pom switched it off while it has others, then the others ({@link #otherTestExecutions}).
     */
    List<TestExecution> testExecutions(MavenProject project, Properties userProperties,
            UnaryOperator<String> expressions) throws MojoExecutionException {
        List<TestExecution> others = otherTestExecutions(project, userProperties, expressions);
        List<TestExecution> executions = new ArrayList<>();
        if (defaultTestRuns(project.getBuild()) || others.isEmpty()) {
            executions.add(defaultTestExecution());
        }
        executions.addAll(others);
        return executions;
    }

    /**
     * The other Surefire executions of {@code project} that run tests. The gate profile's {@code skipTests} skips
     * them too, so the gate must run their classes as well, or their tests would run nowhere.
     */
    static List<TestExecution> otherTestExecutions(MavenProject project, Properties userProperties,
            UnaryOperator<String> expressions) throws MojoExecutionException {
        Optional<Plugin> plugin = plugin(project.getBuild());
        if (plugin.isEmpty()) {
            return List.of();
        }
        Function<String, String> properties = properties(userProperties, project.getProperties());
        Path basedir = project.getBasedir().toPath();
        List<TestExecution> executions = new ArrayList<>();
        for (PluginExecution execution : plugin.get().getExecutions()) {
            // An execution bound to no phase ("none", the usual way to switch one off) runs nothing.
            if (execution.getId().equals(DEFAULT_TEST_EXECUTION) || !execution.getGoals().contains("test")
                    || "none".equals(execution.getPhase())) {
                continue;
            }
            Xpp3Dom configuration = execution.getConfiguration() == null ? new Xpp3Dom("configuration")
                    : evaluated((Xpp3Dom) execution.getConfiguration(), expressions);
            try {
                refuseDependenciesToScan(configuration, properties);
                executions.add(new TestExecution(execution.getId(),
                        patterns(configuration, "includes", "includesFile", "surefire.includesFile", properties, basedir),
                        patterns(configuration, "excludes", "excludesFile", "surefire.excludesFile", properties,
                                basedir)));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage() + " (in Surefire's execution " + execution.getId()
                        + " of " + project.getFile() + ")", e);
            }
        }
        return executions;
    }

    /**
     * Whether {@code arg} attaches JaCoCo's agent: by the jar's name as {@code prepare-agent} writes it, or by its
     * manifest's {@code Premain-Class} for a copy under another name ({@code lib/jacocoagent.jar}, as JaCoCo's
     * distribution names it). Two JaCoCo agents in one JVM crash it before the first test.
     */
    static boolean isJacocoAgent(String arg) {
        if (JACOCO_AGENT.matcher(arg).matches()) {
            return true;
        }
        if (!arg.startsWith(JAVAAGENT)) {
            return false;
        }
        String jar = arg.substring(JAVAAGENT.length());
        int options = jar.indexOf('=');
        Path file = Path.of(options < 0 ? jar : jar.substring(0, options));
        try (java.util.jar.JarFile agent = new java.util.jar.JarFile(file.toFile())) {
            java.util.jar.Manifest manifest = agent.getManifest();
            String premain = manifest == null ? null : manifest.getMainAttributes().getValue("Premain-Class");
            return premain != null && premain.startsWith("org.jacoco.agent.rt.");
        } catch (IOException | RuntimeException e) {
            return false; // not a jar we can read: the JVM will say what is wrong with it
        }
    }

    /** Looks {@code @{name}} up as Surefire does: user properties ({@code -Dname=...}) first, then the project's. */
    static Function<String, String> properties(Properties userProperties, Properties projectProperties) {
        return name -> userProperties.getProperty(name, projectProperties.getProperty(name));
    }

    static String replaceLatePlaceholders(String text, Function<String, String> properties) {
        Matcher placeholder = LATE_PLACEHOLDER.matcher(text);
        StringBuilder replaced = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = properties.apply(name);
            if (value == null) {
                throw new IllegalArgumentException("Surefire's argLine refers to @{" + name + "}, but no property "
                        + name + " is defined: define it in <properties> (an empty <" + name + "/> will do) or "
                        + "remove it from the argLine");
            }
            placeholder.appendReplacement(replaced, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(replaced);
        return replaced.toString();
    }

    /**
     * Splits a command line the way Surefire does (plexus-utils' {@code translateCommandline}): whitespace separates
     * arguments, single or double quotes group text and are removed, a backslash is an ordinary character (Windows
     * paths) and {@code ""} is an empty argument.
     */
    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quotedPart = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                quotedPart = true;
            } else if (Character.isWhitespace(c)) {
                if (current.length() > 0 || quotedPart) {
                    args.add(current.toString());
                    current.setLength(0);
                    quotedPart = false;
                }
            } else {
                current.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Surefire's argLine has an unbalanced " + quote + " quote: " + line);
        }
        if (current.length() > 0 || quotedPart) {
            args.add(current.toString());
        }
        return args;
    }

    private static Optional<Plugin> plugin(PluginContainer container) {
        return Optional.ofNullable(container).map(plugins -> plugins.getPluginsAsMap().get(SUREFIRE));
    }

    /** A parameter as Maven gives it to Surefire: the configuration's value, else the property's, if not blank. */
    private static Optional<String> parameter(Xpp3Dom configuration, String name, String property,
            Function<String, String> properties) {
        Optional<String> configured = configuration == null ? Optional.empty() : value(configuration.getChild(name));
        return configured.or(() -> Optional.ofNullable(properties.apply(property)).filter(text -> !text.isBlank()));
    }

    /**
     * Surefire's include or exclude patterns: the lines of its file ({@code includesFile}), then the list in the
     * configuration ({@code <includes>}), as Surefire merges them.
     */
    private static List<String> patterns(Xpp3Dom configuration, String list, String fileParameter, String property,
            Function<String, String> properties, Path basedir) {
        List<String> patterns = new ArrayList<>();
        Optional<String> file = parameter(configuration, fileParameter, property, properties);
        if (file.isPresent()) {
            patterns.addAll(readPatternFile(basedir.resolve(file.get().trim()), fileParameter));
        }
        Xpp3Dom element = configuration.getChild(list);
        if (element != null) {
            for (Xpp3Dom child : element.getChildren()) {
                // An empty <include/> still counts: Surefire then uses no default, as it does.
                patterns.add(Objects.requireNonNullElse(child.getValue(), ""));
            }
        }
        return patterns;
    }

    /**
     * Surefire's {@code dependenciesToScan} runs test classes out of dependency jars, which the gate does not scan:
     * they would pass under Surefire and never run under the gate, so the gate refuses rather than say GO without
     * them.
     */
    private static void refuseDependenciesToScan(Xpp3Dom configuration, Function<String, String> properties) {
        Xpp3Dom element = configuration.getChild("dependenciesToScan");
        boolean configured = element != null && (element.getChildCount() > 0 || value(element).isPresent());
        boolean fromProperty = Optional.ofNullable(properties.apply("dependenciesToScan"))
                .filter(text -> !text.isBlank()).isPresent();
        if (configured || fromProperty) {
            throw new IllegalArgumentException("Surefire's dependenciesToScan runs tests from dependency jars, which"
                    + " the gate does not scan: they would not run in the gate; remove dependenciesToScan from the"
                    + " gate's build (for example in the gate profile's Surefire configuration) or move those tests"
                    + " into this module");
        }
    }

    /** The patterns in a file, as Surefire reads it: a pattern a line, trimmed, without blank lines and #-comments. */
    private static List<String> readPatternFile(Path file, String parameter) {
        try {
            return Files.readAllLines(file).stream().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("Surefire's " + parameter + " " + file + " cannot be read (" + e
                    + "): the gate would not know which tests Surefire runs; fix the path or remove " + parameter, e);
        }
    }

    /** The element's text, when it has one that is not blank. */
    static Optional<String> value(Xpp3Dom element) {
        return Optional.ofNullable(element).map(Xpp3Dom::getValue).filter(text -> !text.isBlank());
    }

    /**
     * The {@code configurationParameters} entry of Surefire's {@code <properties>}: a text in the format of a
     * properties file, read as Surefire's JUnit Platform provider reads it.
     */
    private static Map<String, String> configurationParameters(Xpp3Dom properties) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Xpp3Dom text = properties == null ? null : properties.getChild("configurationParameters");
        Optional<String> value = text == null ? Optional.empty() : value(text);
        if (value.isPresent()) {
            Properties read = new Properties();
            try {
                read.load(new StringReader(value.get()));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Surefire's <properties><configurationParameters> cannot be read as"
                        + " properties (" + e.getMessage() + "); write one key=value a line", e);
            }
            new java.util.TreeSet<>(read.stringPropertyNames())
                    .forEach(name -> parameters.put(name, read.getProperty(name)));
        }
        return parameters;
    }

    private static Map<String, String> children(Xpp3Dom element) {
        Map<String, String> map = new LinkedHashMap<>();
        if (element != null) {
            for (Xpp3Dom child : element.getChildren()) {
                map.put(child.getName(), Objects.requireNonNullElse(child.getValue(), ""));
            }
        }
        return map;
    }
}
