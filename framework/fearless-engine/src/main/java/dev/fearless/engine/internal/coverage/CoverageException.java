package dev.fearless.engine.internal.coverage;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Coverage could not be measured: the message says which file and why, in one line. */
@API(status = INTERNAL, since = "0.1")
public class CoverageException extends Exception {

    private static final long serialVersionUID = 1L;

    public CoverageException(String message) {
        super(message);
    }

    public CoverageException(String message, Throwable cause) {
        super(message, cause);
    }
}
