package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A gate that cannot be evaluated. The message is one line that says what was wrong, where and what to do; the
 * {@linkplain #exitCode() exit code} tells a usage or configuration error ({@link ExitCode#USAGE}) from a run that
 * could not happen ({@link ExitCode#NOT_RUN}).
 */
@API(status = STABLE, since = "0.1")
public class GateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public GateException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public GateException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A mistake in the command line or configuration: exit code {@link ExitCode#USAGE}. */
    public static GateException usage(String message) {
        return new GateException(ExitCode.USAGE, message);
    }

    /** Something needed to run the tests is missing or broken: exit code {@link ExitCode#NOT_RUN}. */
    public static GateException notRun(String message, Throwable cause) {
        return new GateException(ExitCode.NOT_RUN, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
