package dev.fearless.reports;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.apiguardian.api.API;

import dev.fearless.engine.Verdict;

/**
 * The {@code verdict.json} file of a report directory: whoever reads it sees either the whole verdict of the last
 * run or no file at all, never a stale verdict from an earlier run nor a half-written one.
 *
 * <pre>{@code
 * VerdictFile.deleteStale(reportDir);          // when the run starts
 * Verdict verdict = engine.run(request, listener);
 * Path file = VerdictFile.write(reportDir, verdict);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class VerdictFile {

    /** The verdict's file name in the report directory. */
    public static final String FILE_NAME = "verdict.json";

    private static final String TEMP_PREFIX = "." + FILE_NAME + ".";
    private static final String TEMP_SUFFIX = ".tmp";

    private VerdictFile() {
    }

    /**
     * Deletes the {@code verdict.json} of an earlier run, and any temporary file a crashed run left, so that a run
     * that dies before it writes its verdict leaves no verdict rather than the previous one. Does nothing when the
     * directory does not exist.
     *
     * @throws UncheckedIOException when the old verdict exists but cannot be deleted
     */
    public static void deleteStale(Path reportDir) {
        Path file = reportDir.resolve(FILE_NAME);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old verdict " + file + ": " + e
                    + "; delete it or choose another report directory", e);
        }
        if (Files.isDirectory(reportDir)) {
            deleteLeftoverTempFiles(reportDir);
        }
    }

    /**
     * Writes {@code reportDir/verdict.json}, creating the directory if needed, and returns its path. The JSON goes to
     * a temporary file in the same directory, is forced to disk, then renamed over {@code verdict.json} in one atomic
     * step.
     *
     * @throws UncheckedIOException when the directory or the file cannot be written
     */
    public static Path write(Path reportDir, Verdict verdict) {
        Path file = reportDir.resolve(FILE_NAME);
        Path temp = reportDir.resolve(TEMP_PREFIX + AtomicFile.uniqueId() + TEMP_SUFFIX);
        try {
            Files.createDirectories(reportDir);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer json = ByteBuffer.wrap(VerdictJson.toBytes(verdict));
                while (json.hasRemaining()) {
                    channel.write(json);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(reportDir);
            return file;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write the verdict " + file + ": " + e
                    + "; check that the report directory is writable and its disk not full", e);
        }
    }

    /** Makes the rename itself durable; not every OS lets a directory be opened, hence best effort. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file's content is already on disk; only the rename may be lost by a power cut.
        }
    }

    private static void deleteLeftoverTempFiles(Path reportDir) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(reportDir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            temps.forEach(VerdictFile::deleteQuietly);
        } catch (IOException e) {
            // A leftover temporary file is never read as a verdict: not worth failing the run for.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Best effort: see deleteLeftoverTempFiles.
        }
    }
}
