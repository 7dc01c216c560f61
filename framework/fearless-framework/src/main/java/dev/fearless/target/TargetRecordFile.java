package dev.fearless.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Under a gate, records the target the tests resolved in {@code <fearless.reportDir>/<fearless.step>/target.txt}
 * (the masked base URL, then where it came from, a line each), where the gate reads it for the verdict: a post-deploy
 * verdict then says which environment it approved. Outside a gate ({@code fearless.step} unset) it writes nothing.
 * Best effort: a file that cannot be written only leaves the verdict without a target.
 */
final class TargetRecordFile {

    static final String FILE_NAME = "target.txt";

    private TargetRecordFile() {
    }

    static void write(Properties properties, String baseUrl, String origin) {
        String reportDir = properties.getProperty("fearless.reportDir");
        String step = properties.getProperty("fearless.step");
        if (reportDir == null || step == null || step.isBlank()) {
            return;
        }
        try {
            Path stepDir = Path.of(reportDir).resolve(step);
            if (Files.exists(stepDir.resolve(FILE_NAME))) {
                // The first target the step's tests resolved is the run's; a test that resolves another one for
                // itself (from properties of its own) does not relabel the verdict.
                return;
            }
            Files.createDirectories(stepDir);
            Path temp = Files.createTempFile(stepDir, ".target-", ".tmp");
            Files.writeString(temp, Secrets.mask(baseUrl) + "\n" + origin + "\n", StandardCharsets.UTF_8);
            Files.move(temp, stepDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // The tests go on; only the verdict lacks the target.
        }
    }
}
