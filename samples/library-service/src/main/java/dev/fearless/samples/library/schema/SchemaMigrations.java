package dev.fearless.samples.library.schema;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs Flyway's migrations at start-up, as Spring Boot does, except when the database cannot be reached: then the
 * service starts anyway, reports {@code schema} DOWN in {@code /actuator/health}, and migrates as soon as the
 * database answers. A service that crash-loops while its database is down tells an operator less than one that is
 * up and says what is missing. A migration that fails for any other reason (bad SQL, a checksum mismatch) still stops
 * the start-up: that is a broken build, not an outage.
 */
@Component("schema")
public class SchemaMigrations implements FlywayMigrationStrategy, HealthIndicator, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    static final long RETRY_SECONDS = 5;

    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "schema-migrations");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> version = new AtomicReference<>();
    private final AtomicReference<String> waitingFor = new AtomicReference<>("the migrations have not run yet");

    @Override
    public void migrate(Flyway flyway) {
        if (!tryToMigrate(flyway)) {
            String reason = waitingFor.get();
            LOG.warn("The database cannot be reached ({}); the service starts without it and migrates every {} s"
                    + " until it can", reason, RETRY_SECONDS);
            retries.scheduleWithFixedDelay(() -> {
                if (tryToMigrate(flyway)) {
                    String schemaVersion = version.get();
                    LOG.info("The database answers again: schema at version {}", schemaVersion);
                    retries.shutdown();
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Migrates; false when the database could not be reached, a failure of any other kind is thrown. */
    boolean tryToMigrate(Flyway flyway) {
        try {
            MigrateResult result = flyway.migrate();
            migrated(result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion);
            return true;
        } catch (RuntimeException e) {
            if (!isUnreachable(e)) {
                throw e;
            }
            waitingFor.set(firstLine(e));
            return false;
        }
    }

    void migrated(String schemaVersion) {
        version.set(schemaVersion == null ? "empty" : schemaVersion);
    }

    @Override
    public Health health() {
        String migrated = version.get();
        return migrated != null ? Health.up().withDetail("version", migrated).build()
                : Health.down().withDetail("waitingFor", waitingFor.get()).build();
    }

    /**
     * A database that did not let us in, anywhere in the cause chain: no connection (SQLState class 08, or a pool that
     * timed out waiting for one) or no login (class 28, such as a role that may not log in).
     */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        String message = String.valueOf(deepest.getMessage());
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
