package dev.fearless.engine.internal.fork;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a fork proves itself with when it connects: only the process that read the owner-only request file
 * knows it, so another local process cannot pose as the fork on the loopback port.
 */
final class ConnectionToken {

    private static final int BYTES = 16;
    private static final Path URANDOM = Path.of("/dev/urandom");

    private ConnectionToken() {
    }

    /**
     * 16 random bytes as hex, from the kernel's generator where there is one. {@link SecureRandom}'s first use sets
     * up the security providers, 15 to 30 ms once per JVM, on the path to the first fork's start; reading the device
     * it would read anyway costs under a millisecond.
     */
    static String create() {
        return create(URANDOM);
    }

    /** As {@link #create()}, reading {@code device}; {@link SecureRandom} when it is not a readable device. */
    static String create(Path device) {
        byte[] bytes = new byte[BYTES];
        if (!read(device, bytes)) {
            new SecureRandom().nextBytes(bytes);
        }
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean read(Path device, byte[] bytes) {
        // A regular file is not a source of randomness, whatever its name.
        if (!Files.isReadable(device) || Files.isRegularFile(device)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(device)) {
            return in.readNBytes(bytes, 0, bytes.length) == bytes.length;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
