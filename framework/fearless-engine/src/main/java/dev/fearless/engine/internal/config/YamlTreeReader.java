package dev.fearless.engine.internal.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import dev.fearless.engine.config.ConfigException;
import dev.fearless.engine.internal.config.YamlNode.Entry;
import dev.fearless.engine.internal.config.YamlNode.Mapping;
import dev.fearless.engine.internal.config.YamlNode.Scalar;
import dev.fearless.engine.internal.config.YamlNode.Scalar.Kind;
import dev.fearless.engine.internal.config.YamlNode.Sequence;

/**
 * Reads a YAML file into a {@link YamlNode} tree with Jackson's streaming parser, which, unlike a data-binding
 * tree, tells the line and column of every key and value. Rejects what a tree would silently hide: duplicate keys
 * (the last would win), aliases (Jackson hands over the anchor's name as a string) and a second document.
 */
@API(status = INTERNAL, since = "0.1")
public final class YamlTreeReader {

    // The builder, unlike new YAMLFactory(), leaves this off, and `key:` with no value would read as ''.
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();

    private final YAMLParser parser;
    private final String file;

    private YamlTreeReader(YAMLParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /**
     * The top-level value of {@code file}; an empty file is a {@link Kind#NULL} scalar at line 1, column 1.
     *
     * @throws ConfigException for a YAML syntax error, a duplicate key, an alias or a second document
     * @throws IOException     when the file cannot be read or is not UTF-8
     */
    public static YamlNode read(Path file) throws IOException {
        return read(decodeUtf8(Files.readAllBytes(file)), file.toString());
    }

    /**
     * The top-level value of {@code text}, with {@code name} as the file in every location and message.
     *
     * @throws ConfigException for a YAML syntax error, a duplicate key, an alias or a second document
     * @throws IOException     when the parser fails to read the text
     */
    public static YamlNode read(String text, String name) throws IOException {
        try (YAMLParser parser = YAML.createParser(text)) {
            return new YamlTreeReader(parser, name).document();
        } catch (JsonProcessingException e) {
            throw syntaxError(name, e);
        }
    }

    private static String decodeUtf8(byte[] bytes) throws IOException {
        // Strict, so that a file saved in another encoding is reported instead of read with replacement characters.
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private YamlNode document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new Scalar("", new Location(file, 1, 1), Kind.NULL, "", null);
        }
        YamlNode root = node(first, "");
        JsonToken next = parser.nextToken();
        // An empty document after the first (a trailing '---') holds nothing that could be lost.
        while (next == JsonToken.VALUE_NULL) {
            next = parser.nextToken();
        }
        if (next != null) {
            throw here().error("a second YAML document starts here; keep the whole configuration in one document");
        }
        return root;
    }

    private YamlNode node(JsonToken token, String path) throws IOException {
        Location at = here();
        if (parser.isCurrentAlias()) {
            // A coverage.exclude pattern such as *Repository reads as an alias when it is not quoted.
            throw at.error(YamlNode.nameOf(path) + " is the alias *" + parser.getText()
                    + ", but aliases are not supported; write the value out, or quote it if it is a text: \"*"
                    + parser.getText() + "\"");
        }
        return switch (token) {
            case START_OBJECT -> mapping(path, at);
            case START_ARRAY -> sequence(path, at);
            case VALUE_STRING -> new Scalar(path, at, Kind.STRING, parser.getText(), null);
            case VALUE_NUMBER_INT -> new Scalar(path, at, Kind.INTEGER, parser.getText(), number());
            case VALUE_NUMBER_FLOAT -> new Scalar(path, at, Kind.FLOAT, parser.getText(), number());
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(path, at, Kind.BOOLEAN, parser.getText(), null);
            case VALUE_NULL -> new Scalar(path, at, Kind.NULL, parser.getText(), null);
            default -> throw at.error(YamlNode.nameOf(path) + " is not a plain YAML value (" + token
                    + "); write a number, a text, a list or a mapping");
        };
    }

    private Number number() throws IOException {
        try {
            return parser.getNumberValue();
        } catch (JsonProcessingException e) {
            return null; // .inf, .nan: YAML floats, but no number a rule accepts
        }
    }

    private Mapping mapping(String path, Location at) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = here();
            Entry first = entries.get(key);
            if (first != null) {
                throw keyAt.error("duplicate key " + YamlNode.quote(key) + " " + YamlNode.whereOf(path)
                        + "; remove one of them (the first is on line " + first.keyLocation().line() + ")");
            }
            entries.put(key, new Entry(key, keyAt, node(parser.nextToken(), YamlNode.child(path, key))));
        }
        return new Mapping(path, at, entries);
    }

    private Sequence sequence(String path, Location at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(node(token, YamlNode.item(path, items.size())));
        }
        return new Sequence(path, at, items);
    }

    private Location here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Location(file, location.getLineNr(), location.getColumnNr());
    }

    private static ConfigException syntaxError(String file, JsonProcessingException e) {
        Location at;
        String reason;
        String fix = "fix the YAML syntax here (indent with spaces, put ': ' after each key)";
        // SnakeYAML knows where the problem is; Jackson's location is where its parser stopped, often a line early.
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            at = new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
            reason = yaml.getProblem() != null ? yaml.getProblem() : yaml.getContext();
            if (yaml.getContext() != null && yaml.getContext().contains("alias")) {
                // An unquoted pattern such as *.Jdbc*Repository: YAML takes the '*' for the start of an alias.
                reason = yaml.getContext() + ": " + reason;
                fix = "a text that starts with '*' must be quoted, such as \"*.Jdbc*Repository\"";
            }
        } else {
            JsonLocation location = e.getLocation();
            at = location == null ? new Location(file, 1, 1)
                    : new Location(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
            reason = e.getOriginalMessage();
        }
        return new ConfigException(at + ": invalid YAML: " + firstLine(reason) + "; " + fix, e);
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "unreadable";
        }
        return text.strip().lines().findFirst().orElse("").strip();
    }
}
