package dev.fearless.engine.internal.fork;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The last line a fork printed, for a one-line reason. */
final class OutputTail {

    private static final int TAIL_BYTES = 4096;

    private OutputTail() {
    }

    static String lastLine(Path output) {
        try (RandomAccessFile file = new RandomAccessFile(output.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(0, length - TAIL_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).strip().split("\\R");
            String last = lines[lines.length - 1].strip();
            return last.isEmpty() ? "it printed nothing" : last;
        } catch (IOException e) {
            return "its output could not be read";
        }
    }
}
