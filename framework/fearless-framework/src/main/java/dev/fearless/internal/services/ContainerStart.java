package dev.fearless.internal.services;

import org.testcontainers.containers.GenericContainer;

import dev.fearless.services.ServiceUnavailableException;

/** Starts a Testcontainers container, or fails the service with the reason and leaves nothing running. */
final class ContainerStart {

    private ContainerStart() {
    }

    static <C extends GenericContainer<?>> C start(C container, String service, String image) {
        try {
            container.start();
            return container;
        } catch (RuntimeException e) {
            container.close();
            throw new ServiceUnavailableException(service + ": container " + image + " did not start: "
                    + e.getMessage(), e);
        }
    }
}
