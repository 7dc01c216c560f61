package dev.fearless.internal.services;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;


/** A PostgreSQL container of its own: no other test sees it, so its default schema is the test's. */
final class ContainerPostgres implements PostgresEndpoint {
    private final PostgreSQLContainer container;

    private ContainerPostgres(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgres start(PostgresSpec spec) {
        PostgreSQLContainer container = new PostgreSQLContainer(
                DockerImageName.parse(spec.image()).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName(spec.database())
                .withUsername(spec.username())
                .withPassword(spec.password());
        return new ContainerPostgres(ContainerStart.start(container, spec.name(), spec.image()));
    }

    @Override
    public String jdbcUrl() {
        return container.getJdbcUrl();
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public String schema() {
        return "public";
    }

    @Override
    public void close() {
        container.close();
    }
}
