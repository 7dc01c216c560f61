package dev.fearless.fork;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The name of the test that is running, kept in a memory-mapped file. A write to a mapped page lands in the
 * operating system's page cache at once, so the gate can read it even after {@code Runtime.halt} or SIGKILL ended
 * the fork before its event stream was flushed.
 *
 * <p>Layout: an {@code int} length, then that many UTF-8 bytes. The length is zeroed before the bytes change and
 * set after, so a reader never sees a torn name, only an empty one.
 */
final class RunningTestSlot {

    private final MappedByteBuffer buffer;

    private RunningTestSlot(MappedByteBuffer buffer) {
        this.buffer = buffer;
    }

    static RunningTestSlot open(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw");
                FileChannel channel = raf.getChannel()) {
            return new RunningTestSlot(channel.map(FileChannel.MapMode.READ_WRITE, 0,
                    ForkProtocol.RUNNING_TEST_FILE_SIZE));
        }
    }

    /** A name as {@link #set} takes it. */
    static byte[] encode(String testName) {
        return testName.getBytes(StandardCharsets.UTF_8);
    }

    /** Names the test (or container) that runs now, given as {@link #encode} made it. */
    synchronized void set(byte[] bytes) {
        int length = Math.min(bytes.length, ForkProtocol.RUNNING_TEST_FILE_SIZE - Integer.BYTES);
        buffer.putInt(0, 0);
        buffer.put(Integer.BYTES, bytes, 0, length);
        buffer.putInt(0, length);
    }
}
