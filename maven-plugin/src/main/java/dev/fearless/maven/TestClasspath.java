package dev.fearless.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/** The class path of the gate's test JVM: the project's test class path, and the JUnit launcher if it lacks one. */
final class TestClasspath {

    private TestClasspath() {
    }

    static List<Path> of(MavenProject project, LauncherResolver launcher) throws MojoExecutionException {
        List<Path> classpath = new ArrayList<>();
        try {
            project.getTestClasspathElements().forEach(element -> classpath.add(Path.of(element)));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The test class path of " + name(project) + " is not resolved: " + e
                    .getMessage(), e);
        }
        JUnitPlatform platform = JUnitPlatform.detect(project.getArtifacts()).orElseThrow(() ->
                new MojoExecutionException("No JUnit Platform on the test class path of " + name(project)
                        + ": add org.junit.jupiter:junit-jupiter (or dev.fearless:fearless-framework) as a test"
                        + " dependency"));
        platform.wrongLauncher().ifPresent(wrong -> classpath.removeIf(entry -> entry.equals(wrong)));
        if (!platform.hasLauncher()) {
            classpath.add(launcher.resolve(platform));
        }
        return classpath;
    }

    private static String name(MavenProject project) {
        return project.getGroupId() + ":" + project.getArtifactId();
    }
}
