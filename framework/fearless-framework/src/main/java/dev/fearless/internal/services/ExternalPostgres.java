package dev.fearless.internal.services;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

import dev.fearless.services.ServiceUnavailableException;

/**
 * A PostgreSQL that runs already (the settings name it), shared with other test classes: each one gets a schema of
 * its own, made the connection's {@code currentSchema}, and dropped with everything in it afterwards.
 */
final class ExternalPostgres implements PostgresEndpoint {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final String username;
    private final String password;
    private final String schema;

    private ExternalPostgres(String url, String username, String password, String schema) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.schema = schema;
    }

    static ExternalPostgres open(PostgresSpec spec, String url, String username, String password) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String schema = "fearless_" + HexFormat.of().formatHex(random);
        ExternalPostgres postgres = new ExternalPostgres(url, username, password, schema);
        try (Connection connection = postgres.connect(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new ServiceUnavailableException(spec.name() + ": external PostgreSQL " + url + " as " + username
                    + " could not create a test schema: " + e.getMessage() + " (check " + spec.key("url") + ", "
                    + spec.key("username") + " and " + spec.key("password") + ")", e);
        }
        return postgres;
    }

    @Override
    public String jdbcUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String schema() {
        return schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private Connection connect(String jdbcUrl) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }
}
