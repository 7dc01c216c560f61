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

    private static final Pattern SERVICE_PROPERTY =
            Pattern.compile("fearless\\.service\\.([^.]+)\\.(" + String.join("|", SERVICE_FIELDS) + ")");
    private static final Pattern SERVICE_VARIABLE = Pattern.compile("FEARLESS_SERVICE_(.+)_(URL|USERNAME|PASSWORD|TOKEN)");

    private SettingSources() {
    }

    /** Other {@code fearless.*} properties belong to other parts of Fearless and are left alone. */
    static Map<String, SettingValue> fromProperties(Properties properties) {
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
