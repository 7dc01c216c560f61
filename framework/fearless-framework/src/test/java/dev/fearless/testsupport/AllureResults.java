package dev.fearless.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code *-result.json} files of an Allure results folder, read as JSON. */
public final class AllureResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureResults() {
    }

    public static List<JsonNode> read(Path folder) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                results.add(JSON.readTree(file.toFile()));
            }
        }
        return results;
    }

    public static JsonNode byMethod(List<JsonNode> results, String method) {
        return results.stream().filter(r -> label(r, "testMethod").contains(method)).findFirst()
                .orElseThrow(() -> new AssertionError("no Allure result for " + method + " in " + results));
    }

    /** The values of the result's labels with that name. */
    public static List<String> label(JsonNode result, String name) {
        List<String> values = new ArrayList<>();
        result.path("labels").forEach(l -> {
            if (name.equals(l.path("name").asText())) {
                values.add(l.path("value").asText());
            }
        });
        return values;
    }
}
