package dev.fearless.samples.library.schema;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.datasource.AbstractDataSource;

import dev.fearless.api.UnitTest;

class SchemaMigrationsTest {
    private final SchemaMigrations migrations = new SchemaMigrations();

    @UnitTest
    void aRefusedConnectionOrLoginIsAnOutageToWaitOut() {
        assertThat(SchemaMigrations.isUnreachable(new IllegalStateException("pool",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))).isTrue();
        assertThat(SchemaMigrations.isUnreachable(new RuntimeException(
                new SQLException("FATAL: role \"library\" is not permitted to log in", "28000")))).isTrue();
        assertThat(SchemaMigrations.isUnreachable(new SQLTransientConnectionException("pool: timed out"))).isTrue();
    }

    @UnitTest
    void anyOtherFailureIsABrokenBuild() {
        assertThat(SchemaMigrations.isUnreachable(new RuntimeException(
                new SQLException("syntax error at or near \"CREAT\"", "42601")))).isFalse();
        assertThat(SchemaMigrations.isUnreachable(new IllegalStateException("no SQL at all"))).isFalse();
    }

    @UnitTest
    void startsWithoutADatabaseThatCannotBeReachedAndSaysWhatItWaitsFor() {
        migrations.migrate(flywayOn(new Refusing(new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"))));

        assertThat(migrations.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(migrations.health().getDetails())
                .containsEntry("waitingFor", "Connection to 127.0.0.1:5432 refused.");
        migrations.destroy();
    }

    @UnitTest
    void stopsTheStartUpForAnyOtherFailure() {
        Flyway flyway = flywayOn(new Refusing(new SQLException("permission denied for schema public", "42501")));

        assertThatThrownBy(() -> migrations.migrate(flyway)).isInstanceOf(FlywayException.class);
        assertThat(migrations.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @UnitTest
    void isDownUntilTheMigrationsHaveRun() {
        assertThat(migrations.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(migrations.health().getDetails()).containsKey("waitingFor");
    }

    @UnitTest
    void isUpWithTheSchemasVersionOnceMigrated() {
        migrations.migrated("2");

        assertThat(migrations.health().getStatus()).isEqualTo(Status.UP);
        assertThat(migrations.health().getDetails()).containsEntry("version", "2");
    }

    @UnitTest
    void callsAnEmptySchemaEmpty() {
        migrations.migrated(null);

        assertThat(migrations.health().getDetails()).containsEntry("version", "empty");
        migrations.destroy();
    }

    private static Flyway flywayOn(AbstractDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).load();
    }

    /** A database that answers every connection attempt with the same failure, as PostgreSQL's driver would. */
    private static final class Refusing extends AbstractDataSource {
        private final SQLException failure;

        Refusing(SQLException failure) {
            this.failure = failure;
        }

        @Override
        public Connection getConnection() throws SQLException {
            throw failure;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw failure;
        }
    }
}
