package dev.fearless.internal.services;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.fearless.internal.settings.Settings;
import dev.fearless.services.ServiceUnavailableException;

/** {@code fearless.services}: where services come from. */
public enum ServiceMode {
    /** A container when a Docker engine is available, else the configured external service. */
    AUTO,
    /** Always a container; no Docker engine is a failure. */
    CONTAINERS,
    /** Always the configured external service. */
    EXTERNAL;

    public static final String KEY = "fearless.services";

    public static ServiceMode from(Settings settings) {
        String value = settings.get(KEY).orElse("auto");
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ServiceUnavailableException(KEY + "=" + value + " is not one of " + Arrays.stream(values())
                    .map(ServiceMode::toString).collect(Collectors.joining(", ")));
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
