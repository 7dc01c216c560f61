package dev.fearless.api;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The JUnit tags of the five layers. Use them where a tag is named as a string, for example in Surefire's
 * {@code <groups>} or a {@code @Tag} on a custom composed annotation.
 */
@API(status = STABLE, since = "0.1")
public final class Layers {
    public static final String UNIT = "unit";
    public static final String MODULE = "module";
    public static final String HEALTH = "health";
    public static final String SMOKE = "smoke";
    public static final String E2E = "e2e";

    private Layers() {
    }
}
