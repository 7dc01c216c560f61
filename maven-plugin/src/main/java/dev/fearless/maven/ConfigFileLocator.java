package dev.fearless.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.fearless.engine.config.ConfigLoader;

/**
 * Finds the {@code fearless.yml} of a module when the build names none: the module's own, else the nearest one in a
 * folder above it, up to the root of the build. So one file at the root of a multi-module build serves every module,
 * and a module can still have its own. The root is the folder Maven calls the multi-module project directory (the one
 * with {@code .mvn}, else where {@code mvn} was started) when the module lies below it, else the top-level project's.
 */
final class ConfigFileLocator {

    private ConfigFileLocator() {
    }

    /**
     * The nearest {@code fearless.yml} from {@code moduleDir} up to {@code buildRoot} (both included), or empty.
     * Without a {@code buildRoot} above the module, only the module's own folder is looked in.
     */
    static Optional<Path> nearest(Path moduleDir, Path buildRoot) {
        Path module = moduleDir.toAbsolutePath().normalize();
        Path root = buildRoot == null ? module : buildRoot.toAbsolutePath().normalize();
        if (!module.startsWith(root)) {
            root = module;
        }
        for (Path dir = module; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Path candidate = dir.resolve(ConfigLoader.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
