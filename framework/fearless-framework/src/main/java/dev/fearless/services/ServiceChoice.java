package dev.fearless.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import dev.fearless.target.Secrets;

/**
 * Where a service came from and why, as logged and recorded for the report:
 * {@code postgres from external jdbc:postgresql://127.0.0.1:5432/test (no Docker engine: ...)}.
 *
 * @param service  the service's name ({@code postgres}), also its settings' prefix {@code fearless.services.<name>}
 * @param source   a container started for the test, or an external service the settings name
 * @param location the image of a container, the URL or address of an external service
 * @param reason   why this source: {@code Docker engine available}, {@code no Docker engine: ...},
 *                 {@code fearless.services=external}, ...
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ServiceChoice(String service, Source source, String location, String reason) {

    /** Where a service runs. */
    public enum Source {
        /** A Testcontainers container started for the tests. */
        CONTAINER,
        /** A running service named by the settings. */
        EXTERNAL;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** For the log and the reports, with any credential in the location (a password in a JDBC URL) masked. */
    @Override
    public String toString() {
        return Secrets.mask(service + " from " + source + " " + location + " (" + reason + ")");
    }
}
