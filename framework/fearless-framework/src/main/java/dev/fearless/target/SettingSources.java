package dev.fearless.target;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the target's settings from system properties and environment variables, by canonical key. */
final class SettingSources {
    static final List<String> TOP_LEVEL = List.of(Setting.BASE_URL, Setting.USERNAME, Setting.PASSWORD, Setting.TOKEN,
            Setting.EXPECTED_VERSION, Setting.CONNECT_TIMEOUT, Setting.READ_TIMEOUT);
    static final List<String> SERVICE_FIELDS = List.of("url", Setting.USERNAME, Setting.PASSWORD, Setting.TOKEN);

    /** A service's setting; the name may hold dots ({@code order.history}), as a name under {@code services:} may. */
    private static final Pattern SERVICE_PROPERTY =
            Pattern.compile("fearless\\.service\\.(.+)\\.(" + String.join("|", SERVICE_FIELDS) + ")");
    /** The namespaces that belong to the target alone: a property there that is no setting is a typo. */
    private static final List<String> TARGET_NAMESPACES = List.of("fearless.service.", "fearless.http.");
    private static final Pattern SERVICE_VARIABLE = Pattern.compile("FEARLESS_SERVICE_(.+)_(URL|USERNAME|PASSWORD|TOKEN)");

    private SettingSources() {
    }

    /**
     * Other {@code fearless.*} properties belong to other parts of Fearless and are left alone; one in the target's
     * own namespaces ({@code fearless.service.*}, {@code fearless.http.*}) that names no setting is an error, since
     * it would otherwise be ignored without a word ({@code fearless.http.readtimeout}, {@code ...orders.uri}).
     */
    static Map<String, SettingValue> fromProperties(Properties properties) {
        for (String name : properties.stringPropertyNames()) {
            boolean targets = TARGET_NAMESPACES.stream().anyMatch(name::startsWith);
            boolean known = SERVICE_PROPERTY.matcher(name).matches()
                    || TOP_LEVEL.stream().anyMatch(key -> Setting.of(key).property().equals(name));
            if (targets && !known) {
                throw new TargetConfigurationException("The system property " + name + " is not a setting of the"
                        + " target: use fearless.http.connectTimeout or fearless.http.readTimeout, or"
                        + " fearless.service.<name>." + String.join("|", SERVICE_FIELDS));
            }
        }
        Map<String, SettingValue> values = new LinkedHashMap<>();
        for (String key : TOP_LEVEL) {
            String name = Setting.of(key).property();
            put(values, key, properties.getProperty(name), SettingValue.PROPERTIES, "system property " + name);
        }
        for (String name : properties.stringPropertyNames()) {
            Matcher matcher = SERVICE_PROPERTY.matcher(name);
            if (matcher.matches()) {
                String key = Setting.service(Setting.canonicalServiceName(matcher.group(1)), matcher.group(2)).key();
                put(values, key, properties.getProperty(name), SettingValue.PROPERTIES, "system property " + name);
            }
        }
        return values;
    }

    /**
     * Unlike system properties, other environment variables in these namespaces are left alone: the environment is
     * not only the user's (Kubernetes gives every pod {@code FEARLESS_SERVICE_HOST} when a Service is named
     * {@code fearless}).
     */
    static Map<String, SettingValue> fromEnvironment(Map<String, String> environment) {
        Map<String, SettingValue> values = new LinkedHashMap<>();
        for (String key : TOP_LEVEL) {
            String name = Setting.of(key).environmentVariable();
            put(values, key, environment.get(name), SettingValue.ENVIRONMENT, "environment variable " + name);
        }
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            Matcher matcher = SERVICE_VARIABLE.matcher(variable.getKey());
            if (matcher.matches()) {
                String field = matcher.group(2).equals("URL") ? "url" : matcher.group(2).toLowerCase(java.util.Locale.ROOT);
                String key = Setting.service(Setting.canonicalServiceName(matcher.group(1)), field).key();
                put(values, key, variable.getValue(), SettingValue.ENVIRONMENT, "environment variable " + variable.getKey());
            }
        }
        return values;
    }

    static void put(Map<String, SettingValue> values, String key, String value, int rank, String origin) {
        if (value != null && !value.isBlank()) {
            values.putIfAbsent(key, new SettingValue(value.trim(), rank, origin));
        }
    }
}
