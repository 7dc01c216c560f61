package dev.fearless.maven;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

import org.apache.maven.artifact.Artifact;

/**
 * The JUnit Platform on a project's test class path. The gate's fork runs the tests through the project's own
 * {@code junit-platform-launcher}; projects usually depend on {@code junit-jupiter} only, which brings the platform's
 * engine but not its launcher, so the launcher is added at the engine's version (1.x for JUnit 5, 6.x for JUnit 6).
 *
 * A launcher of another version (dragged in by some library, as allure-junit-platform does) cannot drive the
 * engine: it is replaced by the one of the engine's version.
 *
 * @param engineVersion    the version of {@code junit-platform-engine}, which the launcher must match
 * @param hasLauncher      whether {@code junit-platform-launcher} of that version is already on the test class path
 * @param wrongLauncher    a {@code junit-platform-launcher} jar of another version on the class path, to take out
 */
record JUnitPlatform(String engineVersion, boolean hasLauncher, Optional<Path> wrongLauncher) {

    JUnitPlatform(String engineVersion, boolean hasLauncher) {
        this(engineVersion, hasLauncher, Optional.empty());
    }

    static final String GROUP_ID = "org.junit.platform";
    static final String ENGINE = "junit-platform-engine";
    static final String LAUNCHER = "junit-platform-launcher";

    /** The platform among a project's resolved test-scope artifacts, or empty when there is none. */
    static Optional<JUnitPlatform> detect(Collection<Artifact> artifacts) {
        Optional<Artifact> launcher = artifacts.stream().filter(artifact -> is(artifact, LAUNCHER)).findFirst();
        // The base version: a snapshot engine resolved as 6.1.0-20260101.120000-3 needs launcher 6.1.0-SNAPSHOT.
        return artifacts.stream().filter(artifact -> is(artifact, ENGINE)).findFirst().map(engine -> {
            String version = engine.getBaseVersion();
            boolean matches = launcher.map(found -> version.equals(found.getBaseVersion())).orElse(false);
            Optional<Path> wrong = launcher.filter(found -> !matches && found.getFile() != null)
                    .map(found -> found.getFile().toPath());
            return new JUnitPlatform(version, matches, wrong);
        });
    }

    /** The coordinates of the launcher to add, {@code org.junit.platform:junit-platform-launcher:<version>}. */
    String launcherCoordinates() {
        return GROUP_ID + ":" + LAUNCHER + ":" + engineVersion;
    }

    private static boolean is(Artifact artifact, String artifactId) {
        return GROUP_ID.equals(artifact.getGroupId()) && artifactId.equals(artifact.getArtifactId());
    }
}
