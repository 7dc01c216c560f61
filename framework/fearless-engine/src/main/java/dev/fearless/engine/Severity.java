package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;

import org.apiguardian.api.API;

/**
 * The severities of static-analysis findings, worst first. Each report format's own levels are mapped onto these
 * (see the README's "Static analysis" section for the table).
 */
@API(status = STABLE, since = "0.1")
public enum Severity {
    ERROR, CRITICAL, MAJOR, MINOR, INFO;

    /** The key in {@code fearless.yml} and in the verdict, for example {@code "critical"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
