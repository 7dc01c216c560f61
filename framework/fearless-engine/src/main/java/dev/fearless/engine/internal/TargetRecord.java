package dev.fearless.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.fearless.engine.TargetUsed;

/**
 * The file in which {@code fearless-framework}, in the test JVM, records the target environment its tests resolved:
 * {@code <step folder>/target.txt}, the masked base URL and where it came from, one line each. The framework writes
 * it only under a gate (when {@code fearless.step} is set); the gate reads it after the step. Its format is shared
 * with the framework's {@code TargetRecordFile}.
 */
final class TargetRecord {

    static final String FILE_NAME = "target.txt";

    private TargetRecord() {
    }

    /** What the step's tests recorded, if they resolved a target; a file that cannot be read counts as none. */
    static Optional<TargetUsed> read(Path stepDir) {
        Path file = stepDir.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() < 2 ? Optional.empty() : Optional.of(new TargetUsed(lines.get(0), lines.get(1)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
