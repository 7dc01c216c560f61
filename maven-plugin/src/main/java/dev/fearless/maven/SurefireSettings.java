package dev.fearless.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
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
 * What the project told Surefire about its test JVM, so the gate's fork starts the same way: {@code argLine},
 * {@code systemPropertyVariables} and {@code environmentVariables}, and, as Surefire does, the user properties
 * ({@code -Dname=value} on Maven's command line) as system properties that win over {@code systemPropertyVariables}.
 *
 * <p>Read from the effective model, where Maven has already interpolated {@code ${...}}; the late-replacement
 * placeholders {@code @{property}} are replaced here, as Surefire does when it starts its fork.
 *
 * @param argLine          the JVM arguments, split like Surefire splits them (on whitespace, respecting quotes)
 * @param systemProperties the {@code systemPropertyVariables}, in declaration order
 * @param environment      the {@code environmentVariables}, in declaration order
 */
record SurefireSettings(List<String> argLine, Map<String, String> systemProperties, Map<String, String> environment) {

    static final String SUREFIRE = "org.apache.maven.plugins:maven-surefire-plugin";

    /** The execution Maven binds to {@code test} for jar projects; it carries the plugin-level configuration too. */
    private static final String DEFAULT_TEST_EXECUTION = "default-test";

    private static final Pattern LATE_PLACEHOLDER = Pattern.compile("@\\{([^}]+)}");

    /** JaCoCo's agent, as {@code jacoco:prepare-agent} puts it in {@code argLine}. */
    private static final Pattern JACOCO_AGENT = Pattern.compile("-javaagent:.*org\\.jacoco\\.agent.*");

    SurefireSettings {
        argLine = List.copyOf(argLine);
        systemProperties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(systemProperties));
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** The settings of {@code project}'s Surefire configuration. */
    static SurefireSettings of(MavenProject project, Properties userProperties) throws MojoExecutionException {
        try {
            return from(configuration(project.getBuild()), properties(userProperties, project.getProperties()))
                    .withUserProperties(userProperties);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (in " + project.getFile() + ")", e);
        }
    }

    /**
     * The settings of Surefire's configuration {@code configuration} (may be {@code null}: no configuration).
     * {@code properties} looks up the value of {@code @{name}}, or returns {@code null} when there is none.
     *
     * @throws IllegalArgumentException when {@code argLine} has an unbalanced quote or names an undefined property
     */
    static SurefireSettings from(Xpp3Dom configuration, Function<String, String> properties) {
        if (configuration == null) {
            return new SurefireSettings(List.of(), Map.of(), Map.of());
        }
        Optional<String> argLine = value(configuration.getChild("argLine"));
        // The engine measures coverage with its own JaCoCo agent; a second one (from jacoco:prepare-agent's
        // argLine) would instrument the classes first, and the engine's agent would then see none.
        List<String> jvmArgs = argLine.map(line -> split(replaceLatePlaceholders(line, properties))).orElse(List.of())
                .stream().filter(arg -> !JACOCO_AGENT.matcher(arg).matches()).toList();
        return new SurefireSettings(jvmArgs, children(configuration.getChild("systemPropertyVariables")),
                children(configuration.getChild("environmentVariables")));
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
        return new SurefireSettings(argLine, merged, environment);
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

    private static Optional<String> value(Xpp3Dom element) {
        return Optional.ofNullable(element).map(Xpp3Dom::getValue).filter(text -> !text.isBlank());
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
