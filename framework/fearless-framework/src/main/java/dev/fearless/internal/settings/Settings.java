package dev.fearless.internal.settings;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reads one Fearless setting: a JUnit configuration parameter, else a system property, else an environment variable
 * named like the key ({@code fearless.services.postgres.url} is {@code FEARLESS_SERVICES_POSTGRES_URL},
 * {@code fearless.baseUrl} is {@code FEARLESS_BASE_URL}). Blank values count as unset.
 *
 * <p>Configuration parameters come first so a test can hand a nested run its settings through
 * {@code EngineTestKit.configurationParameter(...)} without changing the JVM's system properties.
 */
@API(status = INTERNAL, since = "0.1")
public final class Settings {
    private final Function<String, Optional<String>> parameters;
    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    public Settings(Function<String, Optional<String>> parameters, UnaryOperator<String> systemProperties,
            UnaryOperator<String> environment) {
        this.parameters = parameters;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** The settings a test sees: its configuration parameters, the JVM's system properties and its environment. */
    public static Settings of(ExtensionContext context) {
        return new Settings(context::getConfigurationParameter, System::getProperty, System::getenv);
    }

    public Optional<String> get(String key) {
        return nonBlank(parameters.apply(key).orElse(null))
                .or(() -> nonBlank(systemProperties.apply(key)))
                .or(() -> nonBlank(environment.apply(environmentName(key))));
    }

    /** {@code fearless.baseUrl} becomes {@code FEARLESS_BASE_URL}. */
    public static String environmentName(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** Where to name a setting in an error: {@code fearless.baseUrl (env FEARLESS_BASE_URL)}. */
    public static String describe(String key) {
        return key + " (env " + environmentName(key) + ")";
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
