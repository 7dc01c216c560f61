package dev.fearless.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * Makes sure the test class path can run tests: the fork drives the project's own JUnit Platform Launcher, so it
 * must be there. Saying so before the fork starts beats a ClassNotFoundException from inside it.
 */
public final class JUnitPlatformCheck {

    private static final String LAUNCHER_CLASS = "org/junit/platform/launcher/core/LauncherFactory.class";
    private static final String LAUNCHER_JAR_PREFIX = "junit-platform-launcher";

    private JUnitPlatformCheck() {
    }

    /** A one-line problem with the class path, or empty when it holds a JUnit Platform Launcher. */
    public static Optional<String> problem(List<Path> classpath) {
        if (classpath.isEmpty()) {
            return Optional.of("the test class path is empty; give the test classes and their dependencies"
                    + " (--class-path, or the Maven project's test dependencies)");
        }
        // The launcher's jar is looked into first, so the usual class path costs one jar opened, not all of them.
        // Its name alone proves nothing: a listed jar that does not exist fails in the fork with NoClassDefFoundError.
        List<Path> unusable = new ArrayList<>();
        for (Path entry : classpath) {
            if (isNamedLikeTheLauncher(entry)) {
                if (contains(entry)) {
                    return Optional.empty();
                }
                unusable.add(entry);
            }
        }
        for (Path entry : classpath) {
            if (!isNamedLikeTheLauncher(entry) && contains(entry)) {
                return Optional.empty();
            }
        }
        String listed = unusable.isEmpty() ? "" : " (listed as " + unusable
                + ", which does not exist or is not a readable jar holding it)";
        return Optional.of("org.junit.platform:junit-platform-launcher is not on the test class path" + listed
                + "; add it at the version of your junit-platform-engine (the Maven plugin adds it by itself)");
    }

    private static boolean isNamedLikeTheLauncher(Path entry) {
        return entry.getFileName() != null && entry.getFileName().toString().startsWith(LAUNCHER_JAR_PREFIX);
    }

    private static boolean contains(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(LAUNCHER_CLASS));
        }
        if (!Files.isRegularFile(entry) || !Files.isReadable(entry) || !entry.toString().endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.getEntry(LAUNCHER_CLASS) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
