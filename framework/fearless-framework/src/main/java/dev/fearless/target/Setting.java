package dev.fearless.target;

import java.util.Locale;

/**
 * One setting of the target environment under its canonical key ({@code baseUrl}, {@code http.readTimeout},
 * {@code service.orders.url}) and the three ways to spell it: a system property, an environment variable and a key
 * under {@code target:} in {@code fearless.yml}.
 */
record Setting(String key) {
    static final String BASE_URL = "baseUrl";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String TOKEN = "token";
    static final String EXPECTED_VERSION = "expectedVersion";
    static final String CONNECT_TIMEOUT = "http.connectTimeout";
    static final String READ_TIMEOUT = "http.readTimeout";
    static final String SERVICE_PREFIX = "service.";

    static Setting of(String key) {
        return new Setting(key);
    }

    static Setting service(String service, String field) {
        return new Setting(SERVICE_PREFIX + service + "." + field);
    }

    /** Lower case, with {@code _} read as {@code -}, so that {@code ORDER_HISTORY} and {@code order-history} meet. */
    static String canonicalServiceName(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String property() {
        return "fearless." + key;
    }

    String environmentVariable() {
        StringBuilder name = new StringBuilder("FEARLESS_");
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(c);
            } else if (c == '.' || c == '-') {
                name.append('_');
            } else {
                name.append(Character.toUpperCase(c));
            }
        }
        return name.toString();
    }

    String yamlPath() {
        String path = key.startsWith(SERVICE_PREFIX) ? "services." + key.substring(SERVICE_PREFIX.length()) : key;
        return "target." + path;
    }

    /** {@code the system property fearless.baseUrl (or FEARLESS_BASE_URL, or target.baseUrl in fearless.yml)}. */
    String hint() {
        return "the system property " + property() + " (or " + environmentVariable() + ", or " + yamlPath()
                + " in fearless.yml)";
    }
}
