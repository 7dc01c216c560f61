package dev.fearless.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.codehaus.plexus.util.xml.Xpp3Dom;

import dev.fearless.engine.Layer;

/**
 * Settings in the pom's Surefire configuration that the gate does not apply, each with a warning, so that a test that
 * behaves differently in the gate than under Surefire is explained in the log rather than a mystery.
 */
final class IgnoredSurefireSettings {

    /** A tag in a JUnit tag expression: what is left between operators, parentheses and spaces. */
    private static final Pattern TAG = Pattern.compile("[^\\s&|!(),]+");

    private IgnoredSurefireSettings() {
    }

    /**
     * The warnings for Surefire's {@code configuration} (may be {@code null}) of a project whose main classes are in
     * {@code classesDir}.
     */
    static List<String> warnings(String gate, Xpp3Dom configuration, Path classesDir) {
        List<String> warnings = new ArrayList<>();
        String prefix = "Fearless gate " + gate + ": ";
        value(configuration, "workingDirectory").ifPresent(folder -> warnings.add(prefix + "Surefire's"
                + " <workingDirectory> " + folder + " is not applied: the gate's test JVM runs in the project's"
                + " folder"));
        value(configuration, "classpathDependencyScopeExclude").ifPresent(scope -> warnings.add(prefix
                + "Surefire's <classpathDependencyScopeExclude> " + scope + " is not applied: the gate's test JVM gets"
                + " every test-scope dependency"));
        boolean modulePath = value(configuration, "useModulePath").map(Boolean::parseBoolean).orElse(true);
        if (modulePath && Files.isRegularFile(classesDir.resolve("module-info.class"))) {
            warnings.add(prefix + "the main code is a module (module-info.class), which Surefire tests on the module"
                    + " path; the gate's test JVM puts it on the class path, so a test that needs the module system"
                    + " (a service it provides, its module name) fails there");
        }
        for (String filter : List.of("groups", "excludedGroups")) {
            Set<String> tags = nonLayerTags(value(configuration, filter).orElse(""));
            if (!tags.isEmpty()) {
                warnings.add(prefix + "Surefire's <" + filter + "> names tags that are not layers, " + tags
                        + ", which the gate does not apply: it runs every test of its steps' layers that Surefire's"
                        + " includes and excludes select");
            }
        }
        return warnings;
    }

    /** The tags of a tag expression list that are not layer names (nor JUnit's {@code none()} and {@code any()}). */
    static Set<String> nonLayerTags(String expressions) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(expressions);
        while (tag.find()) {
            String name = tag.group();
            if (!name.equals("none") && !name.equals("any") && Layer.fromName(name).isEmpty()) {
                tags.add(name);
            }
        }
        return tags;
    }

    private static Optional<String> value(Xpp3Dom configuration, String name) {
        return Optional.ofNullable(configuration).flatMap(c -> SurefireSettings.value(c.getChild(name)))
                .map(String::trim);
    }
}
