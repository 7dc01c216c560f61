package dev.fearless.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import dev.fearless.engine.GateException;

/**
 * Masks the run's secrets in the Allure results the test JVMs wrote. Allure's JUnit listener writes a failure's
 * message and the tests' attachments as they are, and {@code allure-results} is an artifact pipelines publish, so
 * it gets the same masking as the verdict and the test output.
 *
 * <p>A JSON file (a result, a container) is masked in its string values only: a short secret such as {@code test}
 * must not turn the key {@code "testCaseId"} or a number into something Allure cannot read. Any other file that is
 * UTF-8 text (attachments, which often have no extension) is masked as text, in its plain and its escaped forms;
 * binary attachments (a screenshot) are left as they are.
 */
final class AllureResultsMasking {

    private AllureResultsMasking() {
    }

    /** Held apart so that a run without secrets, which masks nothing, never pays for Jackson's start (~0.1 s). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    static void mask(Path resultsDir, SecretMasker masker) {
        if (masker.isEmpty() || !Files.isDirectory(resultsDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(resultsDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                maskFile(file, masker);
            }
        } catch (IOException | UncheckedIOException e) {
            throw GateException.notRun("cannot mask the secrets in " + resultsDir + ": " + e.getMessage()
                    + "; delete the folder before publishing it", e);
        }
    }

    private static void maskFile(Path file, SecretMasker masker) throws IOException {
        Optional<String> text = utf8(Files.readAllBytes(file));
        if (text.isEmpty()) {
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String masked = name.endsWith(".json") ? maskJsonDocument(text.get(), masker)
                : masker.maskXml(masker.maskJson(masker.mask(text.get())));
        if (!masked.equals(text.get())) {
            Path temp = file.resolveSibling("." + file.getFileName() + ".masking");
            Files.writeString(temp, masked, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static String maskJsonDocument(String text, SecretMasker masker) throws JsonProcessingException {
        JsonNode document;
        try {
            document = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException notJson) {
            // Not what Allure writes: mask it as the text it is rather than leave a secret in it.
            return masker.maskJson(masker.mask(text));
        }
        JsonNode masked = maskStrings(document.deepCopy(), masker);
        return masked.equals(document) ? text : Json.MAPPER.writeValueAsString(masked);
    }

    /** {@code node} with every string value under it masked, changed in place where it is a container. */
    private static JsonNode maskStrings(JsonNode node, SecretMasker masker) {
        if (node.isTextual()) {
            return TextNode.valueOf(masker.mask(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> field.setValue(maskStrings(field.getValue(), masker)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, maskStrings(array.get(i), masker));
            }
        }
        return node;
    }

    /** The bytes as UTF-8 text, or empty when they are not (a binary attachment). */
    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException binary) {
            return Optional.empty();
        }
    }
}
