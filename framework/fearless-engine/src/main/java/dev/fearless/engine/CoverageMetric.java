package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;

import org.apiguardian.api.API;

/** The coverage metrics a {@code coverage} rule may set a minimum for. */
@API(status = STABLE, since = "0.1")
public enum CoverageMetric {
    LINE, BRANCH, INSTRUCTION;

    /** The key in {@code fearless.yml} and in the verdict, for example {@code "line"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
