package dev.fearless.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the {@code target:} key of {@code fearless.yml} (or of the file {@code fearless.configFile} names); the rest
 * of the file belongs to the engine and is skipped unread.
 *
 * <p>Streams tokens instead of binding a tree so that scalars keep their text ({@code version: 1.10} stays
 * {@code 1.10}, not the number 1.1) and every value keeps its line for messages.
 */
final class YamlTargetSource {
    static final String FILE_NAME = "fearless.yml";

    private static final List<String> TARGET_KEYS = List.of(Setting.BASE_URL, Setting.USERNAME, Setting.PASSWORD,
            Setting.TOKEN, Setting.EXPECTED_VERSION, "http", "services");
    private static final List<String> HTTP_KEYS = List.of("connectTimeout", "readTimeout");

    private final Map<String, SettingValue> values = new LinkedHashMap<>();

    /** The file as messages name it. */
    private final String name;

    private YamlTargetSource(String name) {
        this.name = name;
    }

    /** The target settings of {@code file}, none when there is no such file; messages call it {@code name}. */
    static Map<String, SettingValue> read(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        YamlTargetSource source = new YamlTargetSource(name);
        try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
            source.readDocument(parser);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String line = location == null ? "" : " line " + location.getLineNr();
            throw new TargetConfigurationException(name + line + ": " + firstLine(e.getOriginalMessage())
                    + " (fix the YAML syntax of " + file.toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw new TargetConfigurationException(name + " could not be read: " + e + " (" + file.toAbsolutePath()
                    + ")", e);
        }
        return source.values;
    }

    private void readDocument(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return; // Not a mapping: not ours to judge, the engine reports it.
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if ("target".equals(name)) {
                readTarget(parser);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void readTarget(JsonParser parser) throws IOException {
        if (!startsMapping(parser, "target", "target: { baseUrl: https://staging.example.com }")) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            switch (name) {
                case "http" -> readHttp(parser);
                case "services" -> readServices(parser);
                default -> {
                    if (!TARGET_KEYS.contains(name)) {
                        throw unknownKey(line, "target." + name, TARGET_KEYS);
                    }
                    scalar(parser, name, "target." + name);
                }
            }
        }
    }

    private void readHttp(JsonParser parser) throws IOException {
        if (!startsMapping(parser, "target.http", "http: { connectTimeout: 5s, readTimeout: 30s }")) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            if (!HTTP_KEYS.contains(name)) {
                throw unknownKey(line, "target.http." + name, HTTP_KEYS);
            }
            scalar(parser, "http." + name, "target.http." + name);
        }
    }

    private void readServices(JsonParser parser) throws IOException {
        if (!startsMapping(parser, "target.services", "services: { orders: { url: https://orders.example.com } }")) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String service = parser.currentName();
            String path = "target.services." + service;
            parser.nextToken();
            if (!startsMapping(parser, path, service + ": { url: https://" + service + ".example.com }")) {
                continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int line = line(parser);
                parser.nextToken();
                if (!SettingSources.SERVICE_FIELDS.contains(field)) {
                    throw unknownKey(line, path + "." + field, SettingSources.SERVICE_FIELDS);
                }
                scalar(parser, Setting.service(Setting.canonicalServiceName(service), field).key(), path + "." + field);
            }
        }
    }

    /** Whether a mapping starts here; an empty value is allowed and means nothing is set. */
    private boolean startsMapping(JsonParser parser, String path, String example) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new TargetConfigurationException(name + " line " + line(parser) + ": " + path
                    + " must be a mapping, like " + example);
        }
        return true;
    }

    private void scalar(JsonParser parser, String key, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (!token.isScalarValue()) {
            throw new TargetConfigurationException(name + " line " + line(parser) + ": " + path
                    + " must be a single value, not a " + (token == JsonToken.START_ARRAY ? "list" : "mapping"));
        }
        SettingSources.put(values, key, parser.getText(), SettingValue.FILE,
                path + " in " + name + " (line " + line(parser) + ")");
    }

    private TargetConfigurationException unknownKey(int line, String path, List<String> known) {
        return new TargetConfigurationException(name + " line " + line + ": unknown key " + path
                + " (known keys: " + String.join(", ", known) + ")");
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
