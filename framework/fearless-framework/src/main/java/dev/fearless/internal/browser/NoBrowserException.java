package dev.fearless.internal.browser;

/** No browser could be found or started; the message is one line that says what to install or set. */
public final class NoBrowserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoBrowserException(String message) {
        super(message);
    }

    public NoBrowserException(String message, Throwable cause) {
        super(message, cause);
    }
}
