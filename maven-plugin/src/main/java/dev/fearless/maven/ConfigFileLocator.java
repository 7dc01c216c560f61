package dev.fearless.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.fearless.engine.config.ConfigLoader;

/**
 * Finds the {@code fearless.yml} of a module when the build names none: the module's own, else the nearest one in a
 * folder above it, up to the root of the build. So one file at the root of a multi-module build serves every module,
 * and a module can still have its own. The root is the highest folder above the module among the multi-module
 * project directory (the one with {@code .mvn}, else where {@code mvn} was started), the top-level project's and
 * the module's parent POMs' on disk ({@link #buildRoot}).
 */
final class ConfigFileLocator {

    private ConfigFileLocator() {
    }

    /** The highest of {@code candidates} that {@code moduleDir} lies in (or is), else {@code moduleDir} itself. */
    static Path buildRoot(Path moduleDir, List<Path> candidates) {
        Path module = moduleDir.toAbsolutePath().normalize();
        Path root = module;
        for (Path candidate : candidates) {
            Path folder = candidate.toAbsolutePath().normalize();
            if (module.startsWith(folder) && folder.getNameCount() < root.getNameCount()) {
                root = folder;
            }
        }
        return root;
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
