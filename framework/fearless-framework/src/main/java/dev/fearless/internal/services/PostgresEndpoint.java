package dev.fearless.internal.services;

import java.sql.SQLException;

/** What a test needs to reach a started PostgreSQL; closing it stops the container or drops the test's schema. */
public interface PostgresEndpoint extends AutoCloseable {
    String jdbcUrl();

    String username();

    String password();

    /** The schema the test's tables go to. */
    String schema();

    @Override
    void close() throws SQLException;
}
