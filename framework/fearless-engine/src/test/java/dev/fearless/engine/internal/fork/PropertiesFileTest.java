package dev.fearless.engine.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesFileTest {

    @Test
    void readsBackExactlyWhatPropertiesLoadReads(@TempDir Path dir) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("plain", "/home/ci/project/target/test-classes");
        entries.put("windows", "C:\\work\\project\\target\\test-classes");
        entries.put("syntax", "a=b:c#d!e");
        entries.put("spaces", "  leading and trailing  ");
        entries.put("breaks", "line one\nline two\r\n\tindented\f");
        entries.put("unicode", "Tëst ☃ \uD83D\uDE00 \u0001");
        entries.put("key with = and :", "value");
        entries.put("empty", "");
        entries.put("regex", "^.*(Test|IT)$\\d+");
        Path file = dir.resolve("request.properties");

        PropertiesFile.write(file, "a comment", entries);

        Properties loaded = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            loaded.load(in);
        }
        assertThat(loaded).containsExactlyInAnyOrderEntriesOf(entries);
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
                .startsWith("#a comment\nplain=/home/ci/project/target/test-classes\n")
                .isEqualTo(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII));
    }
}
