package dev.fearless.reports;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on a report directory, so two gate runs never write into the same folder at once. It is an
 * operating-system file lock: a run that is killed releases it with its process, and the next run starts clean.
 */
final class ReportDirLock implements AutoCloseable {

    static final String FILE_NAME = ".fearless.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ReportDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another run holds it. */
    static Optional<ReportDirLock> tryAcquire(Path reportDir) throws IOException {
        Files.createDirectories(reportDir);
        FileChannel channel = FileChannel.open(reportDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new ReportDirLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by another run in this same JVM (parallel Maven modules sharing a folder): just as busy.
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
