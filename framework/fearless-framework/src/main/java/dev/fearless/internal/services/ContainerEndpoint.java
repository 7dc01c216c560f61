package dev.fearless.internal.services;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;


/** A container of its own, started and waited for by Testcontainers (until its ports listen, by default). */
final class ContainerEndpoint implements ServiceEndpoint {
    private final GenericContainer<?> container;

    private ContainerEndpoint(GenericContainer<?> container) {
        this.container = container;
    }

    static ContainerEndpoint start(ContainerSpec spec) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(spec.image()));
        container.withExposedPorts(spec.ports().toArray(Integer[]::new));
        container.withEnv(spec.env());
        spec.customizer().accept(container);
        return new ContainerEndpoint(ContainerStart.start(container, spec.name(), spec.image()));
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port(int containerPort) {
        return container.getMappedPort(containerPort);
    }

    @Override
    public void close() {
        container.close();
    }
}
