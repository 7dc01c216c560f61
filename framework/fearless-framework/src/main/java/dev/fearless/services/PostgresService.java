package dev.fearless.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

import dev.fearless.internal.services.DockerStatus;
import dev.fearless.internal.services.PostgresEndpoint;
import dev.fearless.internal.services.PostgresSpec;
import dev.fearless.internal.services.PostgresStarter;
import dev.fearless.internal.services.ServiceRuntime;
import dev.fearless.internal.settings.Settings;

/**
 * A PostgreSQL for module tests: a container of its own when a Docker engine is available, else the database that
 * {@code fearless.services.<name>.url}, {@code .username} and {@code .password} name (env
 * {@code FEARLESS_SERVICES_POSTGRES_URL}, ...). There each test class gets a schema of its own,
 * {@code fearless_<random>}, set as the connection's {@code currentSchema} and dropped afterwards, so classes never
 * see each other's tables.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresService db = FearlessServices.postgres();
 *
 * @ModuleTest
 * void storesAnOrder() throws SQLException {
 *     try (Connection c = db.connection(); Statement s = c.createStatement()) {
 *         s.execute("create table orders (id int primary key)");
 *         s.execute("insert into orders values (1)");
 *     }
 * }
 * }</pre>
 *
 * Declarations are immutable: each method returns a new, unstarted service.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PostgresService implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    private final PostgresSpec spec;
    private final ServiceRuntime<PostgresEndpoint> runtime;

    PostgresService(PostgresSpec spec) {
        this.spec = spec;
        this.runtime = new ServiceRuntime<>(spec.name(), context -> PostgresStarter.start(spec, context,
                () -> DockerStatus.probe(Settings.of(context))));
    }

    /** The name in log lines, reports and settings: {@code fearless.services.<name>.url}. Default {@code postgres}. */
    public PostgresService name(String name) {
        return new PostgresService(new PostgresSpec(name, spec.image(), spec.database(), spec.username(),
                spec.password()));
    }

    /** The container's image. Default {@code postgres:17-alpine}. */
    public PostgresService image(String image) {
        return new PostgresService(new PostgresSpec(spec.name(), image, spec.database(), spec.username(),
                spec.password()));
    }

    /** The container's database. Default {@code test}. An external database is the one its URL names. */
    public PostgresService database(String database) {
        return new PostgresService(new PostgresSpec(spec.name(), spec.image(), database, spec.username(),
                spec.password()));
    }

    /** The container's user and password. Default {@code test}/{@code test}. */
    public PostgresService credentials(String username, String password) {
        return new PostgresService(new PostgresSpec(spec.name(), spec.image(), spec.database(), username, password));
    }

    /** The JDBC URL, with {@code currentSchema} set to the test's schema on an external database. */
    public String jdbcUrl() {
        return endpoint().jdbcUrl();
    }

    public String username() {
        return endpoint().username();
    }

    public String password() {
        return endpoint().password();
    }

    /** The schema the test's tables go to: {@code fearless_<random>} on an external database, else {@code public}. */
    public String schema() {
        return endpoint().schema();
    }

    /** A data source for the test's database and schema, for a pool or an ORM. */
    public DataSource dataSource() {
        PostgresEndpoint endpoint = endpoint();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(endpoint.jdbcUrl());
        dataSource.setUser(endpoint.username());
        dataSource.setPassword(endpoint.password());
        return dataSource;
    }

    /** A new connection; close it. */
    public Connection connection() throws SQLException {
        return dataSource().getConnection();
    }

    /** Where this PostgreSQL came from and why. */
    public ServiceChoice choice() {
        return runtime.running().choice();
    }

    private PostgresEndpoint endpoint() {
        return runtime.running().endpoint();
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
}
