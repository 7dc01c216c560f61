package dev.fearless.internal.services;

import java.util.Optional;

import dev.fearless.internal.settings.Settings;

/**
 * Whether Testcontainers can use a Docker engine, and if not, a reason a person can act on.
 *
 * @param available Testcontainers found a working Docker environment
 * @param reason    when not available, what was missing
 */
public record DockerStatus(boolean available, String reason) {
    private static final DockerProbe PROBE = new DockerProbe(DockerProbe.TESTCONTAINERS, System::getenv);

    public static DockerStatus found() {
        return new DockerStatus(true, "");
    }

    public static DockerStatus missing(String reason) {
        return new DockerStatus(false, reason);
    }

    /**
     * Asks Testcontainers once per JVM, within {@code fearless.services.dockerTimeout} from the JVM's system
     * properties or environment (10s by default); an engine that does not answer in time is missing.
     */
    public static DockerStatus probe() {
        return probe(new Settings(key -> Optional.empty(), System::getProperty, System::getenv));
    }

    /**
     * As {@link #probe()}, with the time limit from a test's settings. The first answer in the JVM stands: later
     * calls return it at once, whatever their limit.
     */
    public static DockerStatus probe(Settings settings) {
        return PROBE.status(DockerProbe.limit(settings));
    }
}
