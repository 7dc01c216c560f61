package dev.fearless.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report file the way {@link VerdictFile} writes the verdict: into a temporary file beside it, forced to
 * disk, then renamed over the target in one atomic step, so a reader sees the whole file or none.
 */
final class AtomicFile {

    /** Temporary files start with this, so a later run can tell them from reports and delete them. */
    static final String TEMP_PREFIX = ".fearless-";
    static final String TEMP_SUFFIX = ".tmp";

    /** Writes the content of a file to a stream; the stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code target} atomically, creating its directory; the temporary file is gone whatever happens. */
    static Path write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = tempFile(dir, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                // The channel's stream is not closed here: closing it would close the channel before force().
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new, unique temporary file name in {@code dir} for {@code name}. */
    static Path tempFile(Path dir, String name) {
        return dir.resolve(TEMP_PREFIX + name + "." + uniqueId() + TEMP_SUFFIX);
    }

    /**
     * A random id for a temporary file's name. Not {@code UUID.randomUUID()}: its {@code SecureRandom} sets up the
     * security providers (15 to 30 ms) the first time, which in a gate fell on the first test. Names need to be
     * unique, not secret: the report directory is locked for the run, and a clash fails the exclusive create.
     */
    static String uniqueId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** Deletes the temporary files a killed run left in {@code dir}; best effort, as they are never read. */
    static void deleteLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // A leftover temporary file is never read as a report: not worth failing the run for.
        }
    }
}
