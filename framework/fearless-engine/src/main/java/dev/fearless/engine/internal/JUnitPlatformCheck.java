package dev.fearless.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * Makes sure the test class path can run tests: the fork drives the project's own JUnit Platform Launcher, so it
 * must be there. Saying so before the fork starts beats a ClassNotFoundException from inside it.
 */
public final class JUnitPlatformCheck {

    private static final String LAUNCHER_CLASS = "org/junit/platform/launcher/core/LauncherFactory.class";

    private JUnitPlatformCheck() {
    }

    /** A one-line problem with the class path, or empty when it holds a JUnit Platform Launcher. */
    public static Optional<String> problem(List<Path> classpath) {
        if (classpath.isEmpty()) {
            return Optional.of("the test class path is empty; give the test classes and their dependencies"
                    + " (--class-path, or the Maven project's test dependencies)");
        }
        for (Path entry : classpath) {
            if (entry.getFileName() != null && entry.getFileName().toString().startsWith("junit-platform-launcher")) {
                return Optional.empty();
            }
        }
        for (Path entry : classpath) {
            if (contains(entry)) {
                return Optional.empty();
            }
        }
        return Optional.of("org.junit.platform:junit-platform-launcher is not on the test class path; add it"
                + " at the version of your junit-platform-engine (the Maven plugin adds it by itself)");
    }

    private static boolean contains(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(LAUNCHER_CLASS));
        }
        if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.getEntry(LAUNCHER_CLASS) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
