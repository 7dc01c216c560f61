package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

class JUnitPlatformTest {

    @Test
    void needsTheLauncherOfTheEnginesVersionForAJUnit5Project() {
        List<Artifact> testClasspath = List.of(
                artifact("org.junit.jupiter", "junit-jupiter", "5.14.4"),
                artifact("org.junit.jupiter", "junit-jupiter-engine", "5.14.4"),
                artifact("org.junit.platform", "junit-platform-commons", "1.14.4"),
                artifact("org.junit.platform", "junit-platform-engine", "1.14.4"));

        JUnitPlatform platform = JUnitPlatform.detect(testClasspath).orElseThrow();

        assertThat(platform.hasLauncher()).isFalse();
        assertThat(platform.launcherCoordinates()).isEqualTo("org.junit.platform:junit-platform-launcher:1.14.4");
    }

    @Test
    void needsTheLauncherOfTheEnginesVersionForAJUnit6Project() {
        List<Artifact> testClasspath = List.of(
                artifact("org.junit.jupiter", "junit-jupiter-engine", "6.1.3"),
                artifact("org.junit.platform", "junit-platform-engine", "6.1.3"));

        assertThat(JUnitPlatform.detect(testClasspath)).contains(new JUnitPlatform("6.1.3", false));
    }

    @Test
    void knowsWhenTheProjectBringsItsOwnLauncher() {
        List<Artifact> testClasspath = List.of(
                artifact("org.junit.platform", "junit-platform-launcher", "1.14.4"),
                artifact("org.junit.platform", "junit-platform-engine", "1.14.4"));

        assertThat(JUnitPlatform.detect(testClasspath)).contains(new JUnitPlatform("1.14.4", true));
    }

    @Test
    void replacesALauncherOfAnotherVersionThatALibraryDraggedIn() {
        Artifact dragged = artifact("org.junit.platform", "junit-platform-launcher", "1.10.3");
        dragged.setFile(new java.io.File("/repo/junit-platform-launcher-1.10.3.jar"));
        List<Artifact> testClasspath = List.of(dragged,
                artifact("org.junit.platform", "junit-platform-engine", "1.14.4"));

        JUnitPlatform platform = JUnitPlatform.detect(testClasspath).orElseThrow();

        assertThat(platform.hasLauncher()).isFalse();
        assertThat(platform.wrongLauncher()).contains(java.nio.file.Path.of("/repo/junit-platform-launcher-1.10.3.jar"));
        assertThat(platform.launcherCoordinates()).isEqualTo("org.junit.platform:junit-platform-launcher:1.14.4");
    }

    @Test
    void asksForTheSnapshotVersionOfASnapshotEngine() {
        List<Artifact> testClasspath = List.of(
                artifact("org.junit.platform", "junit-platform-engine", "6.1.0-20260101.120000-3"));

        assertThat(JUnitPlatform.detect(testClasspath).orElseThrow().launcherCoordinates())
                .isEqualTo("org.junit.platform:junit-platform-launcher:6.1.0-SNAPSHOT");
    }

    @Test
    void findsNoPlatformInAJUnit4OnlyProject() {
        List<Artifact> testClasspath = List.of(
                artifact("junit", "junit", "4.13.2"),
                artifact("org.hamcrest", "hamcrest-core", "1.3"));

        assertThat(JUnitPlatform.detect(testClasspath)).isEmpty();
    }

    private static Artifact artifact(String groupId, String artifactId, String version) {
        return new DefaultArtifact(groupId, artifactId, version, Artifact.SCOPE_TEST, "jar", null,
                new DefaultArtifactHandler("jar"));
    }
}
