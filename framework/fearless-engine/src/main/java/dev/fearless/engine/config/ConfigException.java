package dev.fearless.engine.config;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateException;

/**
 * A configuration mistake: an unknown key, a bad value, an unknown gate or layer, a YAML syntax error. The message
 * reads {@code fearless.yml:7:7: gates.predeploy[0].passRate is 1.5, but must be between 0 and 1}.
 */
@API(status = STABLE, since = "0.1")
public class ConfigException extends GateException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(ExitCode.USAGE, message);
    }

    public ConfigException(String message, Throwable cause) {
        super(ExitCode.USAGE, message, cause);
    }
}
