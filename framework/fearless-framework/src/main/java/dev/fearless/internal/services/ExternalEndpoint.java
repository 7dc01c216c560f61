package dev.fearless.internal.services;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

import dev.fearless.services.ServiceUnavailableException;

/** A service that runs already at the host and ports the settings name; checked to accept connections. */
final class ExternalEndpoint implements ServiceEndpoint {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final String host;
    private final Map<Integer, Integer> ports;

    private ExternalEndpoint(String host, Map<Integer, Integer> ports) {
        this.host = host;
        this.ports = Map.copyOf(ports);
    }

    static ExternalEndpoint open(ContainerSpec spec, String host, Map<Integer, Integer> ports) {
        for (Map.Entry<Integer, Integer> port : ports.entrySet()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port.getValue()), CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                throw new ServiceUnavailableException(spec.name() + ": external service " + host + ":" + port.getValue()
                        + " is not reachable: " + e.getMessage() + " (check " + spec.key("host") + " and "
                        + spec.portKey(port.getKey()) + ")", e);
            }
        }
        return new ExternalEndpoint(host, ports);
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port(int containerPort) {
        Integer port = ports.get(containerPort);
        if (port == null) {
            throw new IllegalArgumentException("port " + containerPort + " is not declared; declared: " + ports.keySet());
        }
        return port;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
