package dev.fearless.engine.config;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * Reads {@code fearless.yml}. Gates the file defines replace the built-in gates of the same name; other built-in
 * gates stay. Every mistake is a {@link ConfigException} naming file, line and key.
 */
@API(status = STABLE, since = "0.1")
public final class ConfigLoader {

    /** The file looked for in the project directory. */
    public static final String FILE_NAME = "fearless.yml";

    private ConfigLoader() {
    }

    /**
     * The configuration for a project: {@code explicitFile} when given (it must exist), else
     * {@code projectDir/fearless.yml} when present, else {@link FearlessConfig#builtIn()}.
     */
    public static FearlessConfig resolve(Path projectDir, Optional<Path> explicitFile) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Reads one configuration file over the built-in gates. */
    public static FearlessConfig load(Path file) {
        throw new UnsupportedOperationException("TODO");
    }
}
