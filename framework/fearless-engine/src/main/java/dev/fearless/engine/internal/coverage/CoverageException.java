package dev.fearless.engine.internal.coverage;

/** Coverage could not be measured: the message says which file and why, in one line. */
public class CoverageException extends Exception {

    private static final long serialVersionUID = 1L;

    public CoverageException(String message) {
        super(message);
    }

    public CoverageException(String message, Throwable cause) {
        super(message, cause);
    }
}
