package dev.fearless.engine.internal.fork;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.fearless.fork.ForkProtocol;

/** Reads the name of the test the fork was running from the file it maps into memory (see the fork's slot). */
final class RunningTestFile {

    private RunningTestFile() {
    }

    static void create(Path file) throws IOException {
        Files.write(file, new byte[ForkProtocol.RUNNING_TEST_FILE_SIZE]);
    }

    /** The last test the fork started, or {@code null} when it started none. */
    static String read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(ForkProtocol.RUNNING_TEST_FILE_SIZE);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read it whole
            }
            buffer.flip();
            if (buffer.remaining() < Integer.BYTES) {
                return null;
            }
            int length = buffer.getInt();
            if (length <= 0 || length > buffer.remaining()) {
                return null;
            }
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
