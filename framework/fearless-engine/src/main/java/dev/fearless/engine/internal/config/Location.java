package dev.fearless.engine.internal.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import dev.fearless.engine.config.ConfigException;

/**
 * A place in a configuration file, line and column counted from 1, that prefixes every message about it:
 * {@code fearless.yml:5:17}.
 */
@API(status = INTERNAL, since = "0.1")
public record Location(String file, int line, int column) {

    /** A {@link ConfigException} reading {@code FILE:LINE:COLUMN: message}. */
    public ConfigException error(String message) {
        return new ConfigException(this + ": " + message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
