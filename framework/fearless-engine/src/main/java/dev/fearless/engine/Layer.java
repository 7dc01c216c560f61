package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * The five test layers. Each layer's {@linkplain #tag() tag} is the JUnit tag that the framework's layer
 * annotations ({@code @UnitTest}, {@code @ModuleTest}, ...) put on a test, so any JUnit tool can select it.
 */
@API(status = STABLE, since = "0.1")
public enum Layer {
    UNIT, MODULE, HEALTH, SMOKE, E2E;

    /** The JUnit tag and the step name of this layer, for example {@code "unit"}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layer whose {@linkplain #tag() tag} is {@code name}, ignoring case. */
    public static Optional<Layer> fromName(String name) {
        return Arrays.stream(values()).filter(layer -> layer.tag().equalsIgnoreCase(name)).findFirst();
    }

    /** The tags of all layers, comma separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Layer::tag).collect(Collectors.joining(", "));
    }
}
