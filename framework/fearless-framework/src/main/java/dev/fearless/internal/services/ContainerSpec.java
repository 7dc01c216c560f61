package dev.fearless.internal.services;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.testcontainers.containers.GenericContainer;

/**
 * A generic service as declared: its name (the settings' prefix), image, the ports it listens on, its environment,
 * and anything else Testcontainers can set on the container.
 */
public record ContainerSpec(String name, String image, List<Integer> ports, Map<String, String> env,
        Consumer<GenericContainer<?>> customizer) {

    public ContainerSpec {
        ports = List.copyOf(ports);
        env = Map.copyOf(env);
    }

    /** {@code redis:7-alpine} and {@code docker.io/library/redis:7} are both named {@code redis}. */
    public static String nameOf(String image) {
        String withoutTag = image.replaceAll("[:@][^/]*$", "");
        return withoutTag.substring(withoutTag.lastIndexOf('/') + 1);
    }

    public String key(String setting) {
        return "fearless.services." + name + "." + setting;
    }

    /** {@code fearless.services.<name>.port} for a single port, else {@code .port.<container port>}. */
    public String portKey(int containerPort) {
        return ports.size() == 1 ? key("port") : key("port." + containerPort);
    }
}
