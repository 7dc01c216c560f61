package dev.fearless.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitPlatformCheckTest {

    @TempDir
    Path dir;

    /** A real launcher jar: one of the fixture JUnit jars the build copies for the engine's fork tests. */
    private static Path launcherJar() throws IOException {
        Path libs = Path.of(System.getProperty("fearless.fixture.libs", "target/fixture-libs")).resolve("junit5");
        try (Stream<Path> jars = Files.list(libs)) {
            return jars.filter(jar -> jar.getFileName().toString().startsWith("junit-platform-launcher"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void acceptsAClassPathWithTheLaunchersJar() throws Exception {
        assertThat(JUnitPlatformCheck.problem(List.of(dir, launcherJar()))).isEmpty();
    }

    @Test
    void refusesALauncherJarThatIsOnlyAName() throws Exception {
        Path missing = dir.resolve("nonexist/junit-platform-launcher-1.14.4.jar");
        Path empty = Files.createFile(dir.resolve("junit-platform-launcher-1.14.4.jar"));

        assertThat(JUnitPlatformCheck.problem(List.of(dir, missing, empty))).contains("org.junit.platform:"
                + "junit-platform-launcher is not on the test class path (listed as [" + missing + ", " + empty
                + "], which does not exist or is not a readable jar holding it); add it at the version of your"
                + " junit-platform-engine (the Maven plugin adds it by itself)");
    }

    @Test
    void findsTheLauncherInAJarOfAnotherName() throws Exception {
        Path renamed = Files.copy(launcherJar(), dir.resolve("launcher.jar"));

        assertThat(JUnitPlatformCheck.problem(List.of(dir.resolve("nonexist/junit-platform-launcher.jar"), renamed)))
                .isEmpty();
    }
}
