package dev.fearless.target;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets system properties for the length of a try block and puts the old values back: for the few tests that run a
 * nested test class, whose extension reads the real system properties.
 */
public final class SystemProperties implements AutoCloseable {
    private final Map<String, String> previous = new LinkedHashMap<>();

    private SystemProperties() {
    }

    /** {@code set("fearless.baseUrl", url, "fearless.token", token)}. */
    public static SystemProperties set(Object... keysAndValues) {
        SystemProperties properties = new SystemProperties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = String.valueOf(keysAndValues[i]);
            properties.previous.putIfAbsent(key, System.getProperty(key));
            System.setProperty(key, String.valueOf(keysAndValues[i + 1]));
        }
        return properties;
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
