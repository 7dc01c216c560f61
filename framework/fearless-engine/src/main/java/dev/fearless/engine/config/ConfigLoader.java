package dev.fearless.engine.config;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import dev.fearless.engine.internal.config.ConfigBinder;
import dev.fearless.engine.internal.config.YamlTreeReader;

/**
 * Reads {@code fearless.yml}. Gates the file defines replace the built-in gates of the same name; other built-in
 * gates stay. Every mistake is a {@link ConfigException} naming file, line and key.
 *
 * <pre>{@code
 * FearlessConfig config = ConfigLoader.resolve(projectDir, Optional.empty());
 * GateDefinition gate = config.requireGate("predeploy");
 * }</pre>
 *
 * <p>Messages are one line, {@code FILE:LINE:COLUMN: what is wrong; what to do}, for example
 * {@code fearless.yml:5:17: gates.predeploy[0].passRate is 1.5, but must be a number between 0 and 1}.
 */
@API(status = STABLE, since = "0.1")
public final class ConfigLoader {

    /** The file looked for in the project directory. */
    public static final String FILE_NAME = "fearless.yml";

    private ConfigLoader() {
    }

    /**
     * The configuration for a project: {@code explicitFile} when given (it must exist; a relative path is taken
     * as it is, relative to the working directory), else {@code projectDir/fearless.yml} when present, else
     * {@link FearlessConfig#builtIn()}.
     *
     * @throws ConfigException when the explicit file does not exist, or a file cannot be read or is wrong
     */
    public static FearlessConfig resolve(Path projectDir, Optional<Path> explicitFile) {
        Objects.requireNonNull(projectDir, "projectDir");
        if (explicitFile.isPresent()) {
            Path file = explicitFile.get();
            if (!Files.exists(file)) {
                throw missingFile(file);
            }
            return load(file);
        }
        Path conventional = projectDir.resolve(FILE_NAME);
        return Files.exists(conventional) ? load(conventional) : FearlessConfig.builtIn();
    }

    /**
     * Reads one configuration file over the built-in gates. The configuration's {@linkplain FearlessConfig#source()
     * source}, and the file name in every message, is {@code file.toString()}.
     *
     * @throws ConfigException when the file cannot be read, is not UTF-8, is not valid YAML or not a valid
     *                         configuration
     */
    public static FearlessConfig load(Path file) {
        try {
            return ConfigBinder.bind(YamlTreeReader.read(file), FearlessConfig.builtIn(), file.toString());
        } catch (NoSuchFileException e) {
            throw missingFile(file);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": the file is not UTF-8 text; save it with UTF-8 encoding", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the file (" + reason(file, e) + "); check that it is a"
                    + " readable file", e);
        }
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return Files.isDirectory(file) ? "it is a directory" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /**
     * The error for a gate that {@code config} does not define, listing the gates it does:
     * {@code gate 'nosuch' is not defined in fearless.yml; defined gates: predeploy, postdeploy. Define it under
     * 'gates:' in fearless.yml or pick one of these.}
     */
    public static ConfigException unknownGate(FearlessConfig config, String name) {
        boolean builtIn = config.source().equals(FearlessConfig.builtIn().source());
        return new ConfigException("gate '" + name + "' is not defined " + (builtIn ? "(no " + FILE_NAME
                + " found, built-in gates only)" : "in " + config.source()) + "; defined gates: "
                + String.join(", ", config.gates().keySet()) + ". Define it under 'gates:' in "
                + (builtIn ? FILE_NAME : config.source()) + " or pick one of these.");
    }

    private static ConfigException missingFile(Path file) {
        return new ConfigException("config file " + file + " does not exist; check --config (CLI) or configFile"
                + " (Maven)");
    }
}
