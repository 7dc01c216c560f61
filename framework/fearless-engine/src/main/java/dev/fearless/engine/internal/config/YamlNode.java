package dev.fearless.engine.internal.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apiguardian.api.API;

import dev.fearless.engine.config.ConfigException;

/**
 * A value of a YAML file with its key path ({@code gates.predeploy[0].passRate}) and its location, so that every
 * message can say where the mistake is.
 */
@API(status = INTERNAL, since = "0.1")
public sealed interface YamlNode {

    /** The key path from the top of the file; empty for the top level itself. */
    String path();

    Location location();

    /** How the value reads in a message: {@code 1.5}, {@code 'unti'}, {@code empty}, {@code a list}. */
    String describe();

    /** The path for a message; the top level has none. */
    default String name() {
        return nameOf(path());
    }

    /** {@code PATH is VALUE, but must be EXPECTATION}, at this node. */
    default ConfigException mustBe(String expectation) {
        return location().error(name() + " is " + describe() + ", but must be " + expectation);
    }

    /** A key of a mapping, where it is, and its value. */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }

    /** A mapping whose keys keep the order of the file; the reader has already rejected duplicate keys. */
    record Mapping(String path, Location location, Map<String, Entry> entries) implements YamlNode {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Entry> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        /** {@code in gates.predeploy[0]}, or {@code at the top level}. */
        public String where() {
            return whereOf(path);
        }

        /** Rejects the first key, in file order, that is not one of {@code known}. */
        public void requireKnownKeys(List<String> known) {
            for (Entry entry : entries.values()) {
                if (!known.contains(entry.key())) {
                    throw entry.keyLocation().error("unknown key " + quote(entry.key()) + " " + where()
                            + "; known keys: " + String.join(", ", known));
                }
            }
        }

        @Override
        public String describe() {
            return entries.isEmpty() ? "an empty mapping" : "a mapping";
        }
    }

    /** A list. */
    record Sequence(String path, Location location, List<YamlNode> items) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return items.isEmpty() ? "an empty list" : "a list";
        }
    }

    /**
     * A scalar as YAML resolved it.
     *
     * @param text   the text as written in the file
     * @param number the value of an {@code INTEGER} or {@code FLOAT}, or {@code null} when there is none
     *               (also for {@code .inf} and {@code .nan}, which no rule accepts)
     */
    record Scalar(String path, Location location, Kind kind, String text, Number number) implements YamlNode {

        /** What YAML made of a scalar: {@code 60s} is a string, {@code 1} an integer, {@code true} a boolean. */
        public enum Kind {
            STRING, INTEGER, FLOAT, BOOLEAN, NULL
        }

        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "empty";
                case STRING -> quote(text);
                default -> text;
            };
        }
    }

    /** {@code path} for a message: the top level has no path. */
    static String nameOf(String path) {
        return path.isEmpty() ? "the top level" : path;
    }

    /** {@code in gates.predeploy[0]}, or {@code at the top level}. */
    static String whereOf(String path) {
        return path.isEmpty() ? "at the top level" : "in " + path;
    }

    /** The path of {@code key} under {@code parent}. */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The path of item {@code index} of the list at {@code parent}. */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Text from the file in single quotes, kept on one line and short, so the message stays one line. */
    static String quote(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        return "'" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "'";
    }
}
