package dev.fearless.engine.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionTokenTest {

    @Test
    void isSixteenRandomBytesInHexAndNeverTheSameTwice() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(ConnectionToken.create());
        }

        assertThat(tokens).hasSize(100).allSatisfy(token -> assertThat(token).matches("[0-9a-f]{32}"));
    }

    /** Windows has no /dev/urandom; a regular file standing in for one must not be taken for randomness either. */
    @Test
    void takesSecureRandomWhenTheDeviceIsMissingOrARegularFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("urandom"), "0".repeat(64));

        String fromMissing = ConnectionToken.create(dir.resolve("missing"));
        String fromFile = ConnectionToken.create(file);

        assertThat(fromMissing).matches("[0-9a-f]{32}");
        assertThat(fromFile).matches("[0-9a-f]{32}").isNotEqualTo("30".repeat(16)).isNotEqualTo(fromMissing);
    }
}
