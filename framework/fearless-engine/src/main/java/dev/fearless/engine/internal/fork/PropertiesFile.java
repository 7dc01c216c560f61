package dev.fearless.engine.internal.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Writes a file that {@link Properties#load(java.io.InputStream)} reads back exactly. {@link Properties#store} would
 * do, but it also writes the date, and formatting a date loads the JDK's time zone names: 60 classes and some
 * 20 ms before every test JVM starts, while the pipeline waits.
 */
final class PropertiesFile {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PropertiesFile() {
    }

    /** Writes {@code entries} to {@code file}, in their order, under a one-line comment. */
    static void write(Path file, String comment, Map<String, String> entries) throws IOException {
        StringBuilder text = new StringBuilder("#").append(comment).append('\n');
        entries.forEach((key, value) -> {
            escape(text, key, true);
            text.append('=');
            escape(text, value, false);
            text.append('\n');
        });
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    }

    /** As {@code Properties.store} escapes: what {@code load} would read as syntax or whitespace, and non-ASCII. */
    private static void escape(StringBuilder text, String value, boolean key) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\f' -> text.append("\\f");
                case '=', ':', '#', '!' -> text.append('\\').append(c);
                case ' ' -> text.append(i == 0 || key ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        text.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        text.append(c);
                    }
                }
            }
        }
    }
}
