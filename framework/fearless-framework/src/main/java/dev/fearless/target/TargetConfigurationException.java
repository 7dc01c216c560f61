package dev.fearless.target;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The target environment is missing or misconfigured. The message is one line that says what is wrong, where it was
 * set, and what to set instead; it never contains a credential.
 */
@API(status = STABLE, since = "0.1")
public class TargetConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TargetConfigurationException(String message) {
        super(Secrets.mask(message));
    }

    public TargetConfigurationException(String message, Throwable cause) {
        super(Secrets.mask(message), cause);
    }

    /** Whether no base URL is set at all, as opposed to one set wrongly. */
    public boolean isMissingTarget() {
        return getMessage().startsWith(MISSING_TARGET);
    }

    static final String MISSING_TARGET = "No target environment: ";
}
