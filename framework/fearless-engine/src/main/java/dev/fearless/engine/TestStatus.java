package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How one test ended. */
@API(status = STABLE, since = "0.1")
public enum TestStatus {
    PASSED, FAILED, ABORTED, SKIPPED
}
