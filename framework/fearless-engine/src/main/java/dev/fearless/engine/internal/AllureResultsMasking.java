package dev.fearless.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import dev.fearless.engine.GateException;

/**
 * Masks the run's secrets in the Allure results the test JVMs wrote. Allure's JUnit listener writes a failure's
 * message and the tests' attachments as they are, and {@code allure-results} is an artifact pipelines publish, so
 * it gets the same masking as the verdict and the test output. Text files only (results, containers, text and JSON
 * attachments); a secret is also matched in its JSON-escaped form.
 */
final class AllureResultsMasking {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("json", "txt", "log", "xml", "html", "csv", "yaml",
            "yml", "properties");

    private AllureResultsMasking() {
    }

    static void mask(Path resultsDir, SecretMasker masker) {
        if (masker.isEmpty() || !Files.isDirectory(resultsDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(resultsDir)) {
            for (Path file : files.filter(AllureResultsMasking::isText).toList()) {
                maskFile(file, masker);
            }
        } catch (IOException | UncheckedIOException e) {
            throw GateException.notRun("cannot mask the secrets in " + resultsDir + ": " + e.getMessage()
                    + "; delete the folder before publishing it", e);
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Files.isRegularFile(file) && dot > 0
                && TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void maskFile(Path file, SecretMasker masker) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String masked = masker.maskJson(masker.mask(text));
        if (masked.equals(text)) {
            return;
        }
        Path temp = file.resolveSibling("." + file.getFileName() + ".masking");
        Files.writeString(temp, masked, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
