package dev.fearless.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.maven.plugin.logging.Log;

/**
 * Sends each line written to it to Maven's log at INFO, so the gate's console lines interleave properly with the
 * rest of the build (also with {@code -T}, and in {@code -l} log files).
 */
final class LogOutputStream extends OutputStream {

    private final Log log;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private LogOutputStream(Log log) {
        this.log = log;
    }

    /** A print stream whose lines go to {@code log}. */
    static PrintStream printStream(Log log) {
        return new PrintStream(new LogOutputStream(log), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            logLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public void close() {
        if (line.size() > 0) {
            logLine();
        }
    }

    private void logLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        log.info(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
        line.reset();
    }
}
