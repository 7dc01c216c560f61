package dev.fearless.internal.services;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers can use a Docker engine, and if not, a reason a person can act on.
 *
 * @param available Testcontainers found a working Docker environment
 * @param reason    when not available, what was missing
 */
public record DockerStatus(boolean available, String reason) {

    public static DockerStatus found() {
        return new DockerStatus(true, "");
    }

    public static DockerStatus missing(String reason) {
        return new DockerStatus(false, reason);
    }

    /** Asks Testcontainers (which caches its answer for the JVM). */
    public static DockerStatus probe() {
        String failure = null;
        try {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                return found();
            }
        } catch (RuntimeException | LinkageError e) {
            failure = e.getMessage();
        }
        // Testcontainers only answers yes or no; say what it looked for so the user knows what to fix.
        String dockerHost = System.getenv("DOCKER_HOST");
        String reason;
        if (dockerHost != null && !dockerHost.isBlank()) {
            reason = "Testcontainers could not use DOCKER_HOST=" + dockerHost;
        } else if (Files.exists(Path.of("/var/run/docker.sock"))) {
            reason = "Testcontainers could not use /var/run/docker.sock";
        } else {
            reason = "DOCKER_HOST is not set and /var/run/docker.sock does not exist";
        }
        return missing(failure == null ? reason : reason + " (" + failure + ")");
    }
}
