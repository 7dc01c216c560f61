package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class LogOutputStreamTest {

    private final List<String> lines = new ArrayList<>();
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    };

    @Test
    void logsEachLineOnceItIsComplete() {
        try (PrintStream out = LogOutputStream.printStream(log)) {
            out.print("step unit: ");
            out.println("GO — 12 tests, coverage.line 0.9100");
            out.print("windows line\r\n");
            out.print("last line without newline");
            assertThat(lines).containsExactly("step unit: GO — 12 tests, coverage.line 0.9100", "windows line");
        }

        assertThat(lines).endsWith("last line without newline");
    }
}
