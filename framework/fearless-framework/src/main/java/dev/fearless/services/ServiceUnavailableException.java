package dev.fearless.services;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A service could not be provided: no Docker engine and no external service configured, a container that did not
 * start, an external service that did not answer. The message is one line that says what to set or start; every test
 * that uses the service fails with it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ServiceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message) {
        super(message);
    }

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
