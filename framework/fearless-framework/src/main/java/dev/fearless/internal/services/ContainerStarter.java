package dev.fearless.internal.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.fearless.internal.settings.Settings;
import dev.fearless.services.ServiceChoice;
import dev.fearless.services.ServiceChoice.Source;
import dev.fearless.services.ServiceUnavailableException;

import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides where a declared generic service runs, says so, and starts it there. */
public final class ContainerStarter {
    private ContainerStarter() {
    }

    public static Running<ServiceEndpoint> start(ContainerSpec spec, ExtensionContext context,
            Supplier<DockerStatus> docker) {
        Settings settings = Settings.of(context);
        List<String> keys = new ArrayList<>();
        keys.add(spec.key("host"));
        spec.ports().forEach(port -> keys.add(spec.portKey(port)));
        List<String> missing = keys.stream().filter(key -> settings.get(key).isEmpty()).toList();
        Placement placement = Placement.decide(spec.name(), ServiceMode.from(settings), docker, keys, missing);
        if (placement.source() == Source.EXTERNAL) {
            String host = settings.get(spec.key("host")).orElseThrow();
            Map<Integer, Integer> ports = new LinkedHashMap<>();
            spec.ports().forEach(port -> ports.put(port, portNumber(spec, port, settings.get(spec.portKey(port)))));
            String location = host + ports.values().stream().map(p -> ":" + p).reduce("", String::concat);
            ServiceChoice choice = new ServiceChoice(spec.name(), Source.EXTERNAL, location, placement.reason());
            ServiceLog.chosen(context, choice);
            return new Running<>(choice, ExternalEndpoint.open(spec, host, ports));
        }
        ServiceChoice choice = new ServiceChoice(spec.name(), Source.CONTAINER, spec.image(), placement.reason());
        ServiceLog.chosen(context, choice);
        return new Running<>(choice, ContainerEndpoint.start(spec));
    }

    private static int portNumber(ContainerSpec spec, int containerPort, Optional<String> value) {
        try {
            return Integer.parseInt(value.orElseThrow());
        } catch (NumberFormatException e) {
            throw new ServiceUnavailableException(spec.name() + ": " + spec.portKey(containerPort) + "=" + value.get()
                    + " is not a port number");
        }
    }
}
