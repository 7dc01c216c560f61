package dev.fearless.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.containers.GenericContainer;

import dev.fearless.internal.services.ContainerSpec;
import dev.fearless.internal.services.ContainerStarter;
import dev.fearless.internal.services.DockerStatus;
import dev.fearless.internal.services.ServiceEndpoint;
import dev.fearless.internal.services.ServiceRuntime;
import dev.fearless.internal.settings.Settings;

/**
 * Any service for module tests: a container when a Docker engine is available, else the running service at
 * {@code fearless.services.<name>.host} and {@code fearless.services.<name>.port} ({@code .port.<container port>}
 * when it has several), checked to accept connections.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ContainerService redis = FearlessServices.container("redis:7-alpine").exposedPorts(6379);
 *
 * @ModuleTest
 * void cachesAnOrder() {
 *     var client = new Jedis(redis.host(), redis.port(6379));
 * }
 * }</pre>
 *
 * Declarations are immutable: each method returns a new, unstarted service.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContainerService implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    private final ContainerSpec spec;
    private final ServiceRuntime<ServiceEndpoint> runtime;

    ContainerService(ContainerSpec spec) {
        this.spec = spec;
        this.runtime = new ServiceRuntime<>(spec.name(), context -> ContainerStarter.start(spec, context,
                () -> DockerStatus.probe(Settings.of(context))));
    }

    /** The name in log lines, reports and settings: {@code fearless.services.<name>.host}. Default: the image's. */
    public ContainerService name(String name) {
        return new ContainerService(new ContainerSpec(name, spec.image(), spec.ports(), spec.env(), spec.customizer()));
    }

    /** The ports the service listens on inside the container. */
    public ContainerService exposedPorts(Integer... ports) {
        return new ContainerService(new ContainerSpec(spec.name(), spec.image(), List.of(ports), spec.env(),
                spec.customizer()));
    }

    /** An environment variable of the container. */
    public ContainerService env(String name, String value) {
        Map<String, String> env = new HashMap<>(spec.env());
        env.put(name, value);
        return new ContainerService(new ContainerSpec(spec.name(), spec.image(), spec.ports(), env, spec.customizer()));
    }

    /**
     * Anything else Testcontainers can set on the container, such as its wait strategy or command; not used for an
     * external service.
     */
    public ContainerService customize(Consumer<GenericContainer<?>> customizer) {
        return new ContainerService(new ContainerSpec(spec.name(), spec.image(), spec.ports(), spec.env(),
                spec.customizer().andThen(customizer)));
    }

    /** The host to connect to. */
    public String host() {
        return runtime.running().endpoint().host();
    }

    /** The port on {@link #host()} that reaches the given port of the service. */
    public int port(int containerPort) {
        return runtime.running().endpoint().port(containerPort);
    }

    /** {@code host:port} for the given port of the service. */
    public String address(int containerPort) {
        return host() + ":" + port(containerPort);
    }

    /** Where this service came from and why. */
    public ServiceChoice choice() {
        return runtime.running().choice();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        runtime.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        runtime.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        runtime.afterEach(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        runtime.afterAll(context);
    }

    @Override
    public String toString() {
        return spec.name() + " (" + spec.image() + ", ports " + Arrays.toString(spec.ports().toArray()) + ")";
    }
}
