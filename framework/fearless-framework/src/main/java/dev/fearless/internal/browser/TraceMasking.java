package dev.fearless.internal.browser;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apiguardian.api.API;

import dev.fearless.target.Secrets;

/**
 * Masks the run's secrets in a Playwright trace. A trace records every action with its arguments and snapshots of
 * the page's DOM with its input values, so a test that signs in with the target's password keeps that password, in
 * plain text, in a file that CI publishes with the Allure results. Each text entry of the zip (the action log, the
 * network log, snapshots) is masked as the test output is; images and other binary entries are left as they are.
 */
@API(status = INTERNAL, since = "0.1")
public final class TraceMasking {

    private TraceMasking() {
    }

    /** Writes {@code trace}, masked, to {@code masked}, atomically. */
    public static void mask(Path trace, Path masked) throws IOException {
        Path temp = Files.createTempFile(masked.toAbsolutePath().getParent(), ".trace-", ".zip.tmp");
        try {
            try (ZipFile zip = new ZipFile(trace.toFile());
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    byte[] content;
                    try (InputStream in = zip.getInputStream(entry)) {
                        content = in.readAllBytes();
                    }
                    Optional<String> text = utf8(content);
                    if (text.isPresent()) {
                        // The action log and snapshots are JSON: a secret with a quote or backslash is escaped there.
                        String safe = Secrets.maskJsonEscaped(Secrets.mask(text.get()));
                        if (!safe.equals(text.get())) {
                            content = safe.getBytes(StandardCharsets.UTF_8);
                        }
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            Files.move(temp, masked, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The entry as text when it is valid UTF-8 without NUL bytes; images and fonts are neither. */
    private static Optional<String> utf8(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException binary) {
            return Optional.empty();
        }
    }
}
