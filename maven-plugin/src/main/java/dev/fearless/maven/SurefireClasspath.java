package dev.fearless.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.maven.artifact.Artifact;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What Surefire's configuration changes in the test class path, so that the gate's test JVM gets the class path
 * Surefire's would: {@code additionalClasspathElements} (or {@code maven.test.additionalClasspath}) appended, and
 * the dependencies {@code classpathDependencyExcludes} (or {@code maven.test.dependency.excludes}) names as
 * {@code groupId:artifactId} left out.
 *
 * @param additional           the folders or jars to append, resolved against the project's folder
 * @param excludedDependencies the {@code groupId:artifactId} of each dependency to leave out
 */
record SurefireClasspath(List<Path> additional, Set<String> excludedDependencies) {

    SurefireClasspath {
        additional = List.copyOf(additional);
        excludedDependencies = Set.copyOf(excludedDependencies);
    }

    /** Reads them from Surefire's configuration (may be {@code null}), else from the properties Surefire reads. */
    static SurefireClasspath of(Xpp3Dom configuration, Function<String, String> properties, Path basedir) {
        List<Path> additional = values(configuration, "additionalClasspathElements",
                properties.apply("maven.test.additionalClasspath")).stream().map(basedir::resolve).toList();
        Set<String> excluded = new LinkedHashSet<>(values(configuration, "classpathDependencyExcludes",
                properties.apply("maven.test.dependency.excludes")));
        return new SurefireClasspath(additional, excluded);
    }

    /** {@code classpath} without the excluded dependencies' files, then the additional elements. */
    List<Path> applyTo(List<Path> classpath, Set<Artifact> artifacts) {
        Set<Path> excludedFiles = new LinkedHashSet<>();
        for (Artifact artifact : artifacts) {
            if (artifact.getFile() != null
                    && excludedDependencies.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
                excludedFiles.add(artifact.getFile().toPath());
            }
        }
        List<Path> result = new ArrayList<>(classpath);
        result.removeIf(excludedFiles::contains);
        result.addAll(additional);
        return result;
    }

    /** The list's entries in the configuration, else the property's comma-separated values; trimmed, not blank. */
    private static List<String> values(Xpp3Dom configuration, String list, String property) {
        Xpp3Dom element = configuration == null ? null : configuration.getChild(list);
        List<String> values = new ArrayList<>();
        if (element != null && element.getChildCount() > 0) {
            for (Xpp3Dom child : element.getChildren()) {
                Optional.ofNullable(child.getValue()).map(String::trim).filter(v -> !v.isEmpty()).ifPresent(values::add);
            }
        } else if (property != null) {
            Arrays.stream(property.split(",")).map(String::trim).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values;
    }
}
