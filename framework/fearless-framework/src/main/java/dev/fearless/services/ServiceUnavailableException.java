package dev.fearless.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import dev.fearless.target.Secrets;

/**
 * A service could not be provided: no Docker engine and no external service configured, a container that did not
 * start, an external service that did not answer. The message is one line that says what to set or start; every test
 * that uses the service fails with it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ServiceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With any credential in {@code message} (a password in a JDBC URL, say) masked. */
    public ServiceUnavailableException(String message) {
        super(Secrets.mask(message));
    }

    /** With any credential in {@code message} masked. */
    public ServiceUnavailableException(String message, Throwable cause) {
        super(Secrets.mask(message), cause);
    }
}
