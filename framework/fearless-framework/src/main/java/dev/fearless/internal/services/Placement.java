package dev.fearless.internal.services;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.fearless.internal.settings.Settings;
import dev.fearless.services.ServiceChoice.Source;
import dev.fearless.services.ServiceUnavailableException;

/**
 * The decision where a service runs, from {@code fearless.services}, the Docker engine and the external settings.
 * Fails closed: no source is a {@link ServiceUnavailableException} that names what to set, never a skipped test.
 *
 * @param source where the service runs
 * @param reason why, for the log line and the report
 */
public record Placement(Source source, String reason) {

    /**
     * @param service         the service's name, for messages
     * @param mode            {@code fearless.services}
     * @param docker          asked only when a container is an option
     * @param externalKeys    the settings that name the external service
     * @param missingExternal those of them that are not set (empty: the external service is configured)
     */
    public static Placement decide(String service, ServiceMode mode, Supplier<DockerStatus> docker,
            List<String> externalKeys, List<String> missingExternal) {
        switch (mode) {
            case EXTERNAL:
                if (!missingExternal.isEmpty()) {
                    throw new ServiceUnavailableException(service + ": " + ServiceMode.KEY + "=external but "
                            + describe(missingExternal) + " is not set");
                }
                return new Placement(Source.EXTERNAL, ServiceMode.KEY + "=external");
            case CONTAINERS: {
                DockerStatus status = docker.get();
                if (!status.available()) {
                    throw new ServiceUnavailableException(service + ": " + ServiceMode.KEY
                            + "=containers but there is no Docker engine: " + status.reason()
                            + "; start Docker, or set " + ServiceMode.KEY + "=external with "
                            + describe(externalKeys));
                }
                return new Placement(Source.CONTAINER, ServiceMode.KEY + "=containers");
            }
            default: {
                DockerStatus status = docker.get();
                if (status.available()) {
                    return new Placement(Source.CONTAINER, "Docker engine available");
                }
                if (missingExternal.isEmpty()) {
                    return new Placement(Source.EXTERNAL, "no Docker engine: " + status.reason());
                }
                throw new ServiceUnavailableException(service + ": no Docker engine (" + status.reason()
                        + ") and no external service: set " + describe(missingExternal) + ", or start Docker");
            }
        }
    }

    private static String describe(List<String> keys) {
        return keys.stream().map(Settings::describe).collect(Collectors.joining(" and "));
    }
}
