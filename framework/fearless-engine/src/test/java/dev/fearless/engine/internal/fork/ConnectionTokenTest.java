package dev.fearless.engine.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConnectionTokenTest {

    @Test
    void isSixteenRandomBytesInHexAndNeverTheSameTwice() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(ConnectionToken.create());
        }

        assertThat(tokens).hasSize(100).allSatisfy(token -> assertThat(token).matches("[0-9a-f]{32}"));
    }
}
