package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The process exit codes of a gate run, shared by the CLI and documented in the README. */
@API(status = STABLE, since = "0.1")
public final class ExitCode {
    /** Every step said GO. */
    public static final int GO = 0;
    /** A rule was violated. */
    public static final int STOP = 1;
    /** The command line or the configuration is wrong. */
    public static final int USAGE = 2;
    /** The tests could not be run: a fork crashed or could not start, a report or coverage file is unreadable. */
    public static final int NOT_RUN = 3;

    private ExitCode() {
    }
}
