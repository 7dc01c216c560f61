package dev.fearless.health;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.function.Function;

import org.apiguardian.api.API;

/**
 * Checks that a TCP port accepts connections: a database, a broker, a cache. Each attempt waits at most the connect
 * timeout, and never longer than what is left of the budget.
 *
 * <pre>{@code
 * Health.of(target).within(Duration.ofSeconds(30)).tcp("db", "db.staging.internal", 5432).check();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class TcpProbe extends Probe {
    private final String name;
    private final String host;
    private final int port;

    TcpProbe(HealthSettings settings, String name, String host, int port) {
        super(settings);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("TCP health check '" + name + "': port must be 1 to 65535, was " + port);
        }
        this.name = name;
        this.host = host;
        this.port = port;
    }

    /** Empty: the observation names the address ({@code connection refused (host:port)}). */
    @Override
    String location() {
        return "";
    }

    @Override
    public String name() {
        return name;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    @Override
    public String toString() {
        return "TcpProbe[" + name + " " + host + ":" + port + "]";
    }

    @Override
    Function<Duration, Observation> attempts() {
        return this::attempt;
    }

    private Observation attempt(Duration remaining) {
        Duration timeout = Durations.min(settings.connectTimeout(), remaining);
        String address = host + ":" + port;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(Math.max(1, timeout.toMillis())));
            return Observation.success("connected to " + address);
        } catch (IOException e) {
            return Observation.failure(Failures.describe(e, address, timeout));
        }
    }
}
