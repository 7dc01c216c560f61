package dev.fearless.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;

import dev.fearless.internal.services.ContainerSpec;
import dev.fearless.internal.services.PostgresSpec;

import org.apiguardian.api.API;

/**
 * Production-like services for module tests, declared on a field and started by JUnit:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresService db = FearlessServices.postgres().database("orders");
 *
 * @ModuleTest
 * void storesAnOrder() throws SQLException {
 *     try (Connection connection = db.connection()) { ... }
 * }
 * }</pre>
 *
 * <p>Each service is a Testcontainers container when a Docker engine is available, otherwise the running service
 * that the settings name ({@code fearless.services.<name>.url}, ...). {@code fearless.services=auto} (the default),
 * {@code containers} or {@code external} chooses. The choice is logged and recorded for the report; when there is
 * neither, the tests that use the service fail with what to set.
 *
 * <p>A static field gives one service for the class's tests; an instance field one for each test. Every declaration
 * returns a new, unstarted service: {@code postgres().database("a")} does not change {@code postgres()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FearlessServices {
    private FearlessServices() {
    }

    /** A PostgreSQL named {@code postgres}: container {@code postgres:17-alpine}, database {@code test}. */
    public static PostgresService postgres() {
        return new PostgresService(PostgresSpec.defaults());
    }

    /**
     * Any service in a container, named after the image ({@code redis:7-alpine} is {@code redis}).
     *
     * <pre>{@code
     * @RegisterExtension
     * static final ContainerService redis = FearlessServices.container("redis:7-alpine").exposedPorts(6379);
     * }</pre>
     */
    public static ContainerService container(String image) {
        return new ContainerService(new ContainerSpec(ContainerSpec.nameOf(image), image, List.of(), Map.of(),
                container -> { }));
    }
}
