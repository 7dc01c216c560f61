package dev.fearless.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.fearless.engine.ExitCode;

/**
 * A class data sharing archive of the classes the {@link Launcher}'s child JVM loads, kept in the user's cache folder,
 * so that the child maps them at its start instead of reading, parsing and verifying them from the jar again.
 *
 * <p>Why: everything the child does before the test JVM starts delays the tests, and on two cores its class loading
 * was most of that; and after the tests, it loads and verifies JaCoCo's analysis on the same cores. The archive is a
 * static one ({@code -Xshare:dump} from the list of classes the child loaded), which holds the JDK's classes and old
 * class files too: picocli's and JaCoCo's are Java 5 class files, which the JVM's dynamic archive
 * ({@code -XX:ArchiveClassesAtExit}) leaves out. docs/benchmark.md has the numbers.
 *
 * <p>One archive per jar (its path, size and time), JVM and set of JVM options, named by a hash of them. The JVM checks
 * the jar and itself again when it maps the archive, so a stale one is never used. The first run with a new key only
 * leaves a mark; the second lists the classes its child loads ({@code -XX:DumpLoadedClassList}) and, when the child
 * has ended with a gate's exit code, dumps the archive from that list (one to two seconds more, once), under a
 * temporary name that becomes the archive's once it is whole; later runs use it. So a one-off run, such as one in a
 * fresh CI container, never pays for a dump it cannot use again.
 *
 * <p>Only in a folder that this user owns and nobody else can write to: the JVM trusts an archive as it trusts its
 * own classes. A child that fails to start while it maps an archive (a damaged file) loses the archive, and the
 * launcher runs the gate itself, as for any child that did not start. Nothing here ever fails the gate: without a
 * usable folder, or with {@code -Dfearless.launcher.archive=off}, the child simply starts without an archive.
 */
final class ChildClassArchive {

    /** {@code on} (the default) or {@code off}. */
    static final String PROPERTY = "fearless.launcher.archive";

    /** Where the archives go, under the cache folder ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}). */
    static final String FOLDER = "fearless";

    /** Archives kept, the most recently made; older ones belong to jars or JVMs that have most likely gone. */
    static final int KEPT = 4;

    private static final String PREFIX = "child-";
    private static final String ARCHIVE = ".jsa";
    private static final String SEEN = ".seen";
    private static final String FAILED = ".failed";
    private static final String DUMPING = ".tmp";
    private static final String CLASS_LIST = ".classlist.tmp";

    /** The dump takes one to two seconds; one that hangs must not hold the launcher's exit for long. */
    private static final Duration DUMP_LIMIT = Duration.ofMinutes(1);

    /** The JVM's warnings about classes it cannot archive (picocli's are Java 5 classes) would fill the console. */
    private static final String QUIET = "-Xlog:cds*=off";

    /** Options of the user's by which the JVM's own archive handling is already chosen. */
    private static final List<String> USERS_OWN = List.of("-Xshare", "SharedArchiveFile", "ArchiveClassesAtExit",
            "AutoCreateSharedArchive", "DumpLoadedClassList", "SharedClassListFile");

    /** A dump that ended this long ago was left by a launcher that was killed. */
    private static final Duration ABANDONED = Duration.ofDays(1);

    /** A mark this old belongs to a jar or JVM that is most likely gone. */
    private static final Duration FORGOTTEN = Duration.ofDays(30);

    private final Path archive;
    private final Path seen;
    private final Path failed;
    private final Path dumping;
    private final Path classList;
    private final List<String> childOptions;
    private final Dumper dumper;
    private final Mode mode;

    private enum Mode { NONE, MARK, DUMP, USE }

    /** Runs the JVM that writes an archive from a class list; its exit code, or -1 when it did not finish. */
    @FunctionalInterface
    interface Dumper {
        int run(List<String> command) throws IOException, InterruptedException;
    }

    /** No archive. */
    private ChildClassArchive() {
        this.archive = null;
        this.seen = null;
        this.failed = null;
        this.dumping = null;
        this.classList = null;
        this.childOptions = List.of();
        this.dumper = null;
        this.mode = Mode.NONE;
    }

    /** The archive of {@code key} in {@code folder}, at the step its files there show. */
    private ChildClassArchive(Path folder, String key, List<String> childOptions, Dumper dumper) {
        String name = PREFIX + key;
        this.archive = folder.resolve(name + ARCHIVE);
        this.seen = folder.resolve(name + SEEN);
        this.failed = folder.resolve(name + FAILED);
        this.dumping = folder.resolve(name + "." + ProcessHandle.current().pid() + DUMPING);
        this.classList = folder.resolve(name + "." + ProcessHandle.current().pid() + CLASS_LIST);
        this.childOptions = List.copyOf(childOptions);
        this.dumper = dumper;
        if (Files.exists(failed, LinkOption.NOFOLLOW_LINKS)) {
            this.mode = Mode.NONE;
        } else if (Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS)) {
            this.mode = Mode.USE;
        } else {
            this.mode = Files.exists(seen, LinkOption.NOFOLLOW_LINKS) ? Mode.DUMP : Mode.MARK;
        }
    }

    /**
     * The archive for a child started with {@code options} (its JVM options, main class or jar included, without the
     * application's arguments), in the folder this process's environment names.
     */
    static ChildClassArchive forChild(List<String> options) {
        return forChild(options, System.getProperty(PROPERTY, "on"), cacheFolder(System.getenv("XDG_CACHE_HOME"),
                System.getProperty("user.home")), System.getProperty("java.class.path", ""),
                ChildClassArchive::runDump);
    }

    static ChildClassArchive forChild(List<String> options, String setting, Optional<Path> cacheFolder,
            String classPath, Dumper dumper) {
        if (!"on".equals(setting) || cacheFolder.isEmpty()
                || options.stream().anyMatch(option -> USERS_OWN.stream().anyMatch(option::contains))) {
            return none();
        }
        Optional<String> key = key(options, classPath);
        Optional<Path> folder = ownFolder(cacheFolder.get().resolve(FOLDER));
        if (key.isEmpty() || folder.isEmpty()) {
            return none();
        }
        return new ChildClassArchive(folder.get(), key.get(), options, dumper);
    }

    private static ChildClassArchive none() {
        return new ChildClassArchive();
    }

    /** {@code $XDG_CACHE_HOME} when it is an absolute path, as the XDG specification asks, else {@code ~/.cache}. */
    static Optional<Path> cacheFolder(String xdgCacheHome, String userHome) {
        try {
            if (xdgCacheHome != null && !xdgCacheHome.isEmpty() && Path.of(xdgCacheHome).isAbsolute()) {
                return Optional.of(Path.of(xdgCacheHome));
            }
            // A JVM without a home says "?": never a folder relative to wherever the gate was started.
            return userHome == null || !Path.of(userHome).isAbsolute() ? Optional.empty()
                    : Optional.of(Path.of(userHome, ".cache"));
        } catch (RuntimeException invalidPath) {
            return Optional.empty();
        }
    }

    /**
     * The options the child's command line gets, right after the {@code java} executable; before the user's own
     * options, which win where they disagree.
     */
    List<String> options() {
        return switch (mode) {
            // A damaged archive crashes the JVM before main: its crash report goes to the temporary folder, not to
            // the project's, which the user's working directory usually is.
            case USE -> List.of("-XX:SharedArchiveFile=" + archive, QUIET, "-XX:ErrorFile="
                    + Path.of(System.getProperty("java.io.tmpdir"), "fearless-gate-hs_err_pid%p.log"));
            case DUMP -> List.of("-XX:DumpLoadedClassList=" + classList, QUIET);
            default -> List.of();
        };
    }

    /** The archive the child is given to map, if any. */
    Optional<Path> inUse() {
        return mode == Mode.USE ? Optional.of(archive) : Optional.empty();
    }

    /**
     * Called when the child has ended, with its exit code, or empty when it did not start: keeps the dump it made,
     * drops an archive it could not start with, or marks the key as seen. A child that could not start with the
     * option to dump (a JVM that refuses it) marks the key as failed: its later runs start without an archive rather
     * than fail to start, and say so, every other time.
     */
    void childEnded(OptionalInt exitCode) {
        try {
            switch (mode) {
                case MARK -> Files.createFile(seen);
                case DUMP -> {
                    if (exitCode.isEmpty()) {
                        ChildJvm.deleteQuietly(classList);
                        Files.createFile(failed);
                    } else {
                        dump(exitCode);
                    }
                }
                case USE -> {
                    if (exitCode.isEmpty()) {
                        Files.deleteIfExists(archive);
                        System.err.println("fearless: removed the class archive the second JVM could not start with,"
                                + " " + archive);
                    }
                }
                default -> {
                }
            }
        } catch (FileAlreadyExistsException raced) {
            // Another gate marked the same key at the same time: the mark is there, which is all that counts.
        } catch (IOException | RuntimeException e) {
            // Only the next start is slower for it; the gate's answer stands.
            ChildJvm.deleteQuietly(dumping);
            ChildJvm.deleteQuietly(classList);
        } catch (InterruptedException e) {
            ChildJvm.deleteQuietly(dumping);
            ChildJvm.deleteQuietly(classList);
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes the archive from the classes the child loaded, once it has given the gate's answer: a static archive
     * ({@code -Xshare:dump}), which unlike the JVM's dynamic one holds old class files too (picocli's and JaCoCo's are
     * Java 5 class files), and the JDK's classes with them.
     */
    private void dump(OptionalInt exitCode) throws IOException, InterruptedException {
        try {
            boolean gateAnswered = exitCode.isPresent() && exitCode.getAsInt() >= ExitCode.GO
                    && exitCode.getAsInt() <= ExitCode.NOT_RUN;
            if (!gateAnswered || !Files.isRegularFile(classList) || Files.size(classList) == 0) {
                return;
            }
            int dumped = dumper.run(dumpCommand(childOptions, classList, dumping));
            if (dumped != 0 || !Files.isRegularFile(dumping) || Files.size(dumping) == 0) {
                ChildJvm.deleteQuietly(dumping);
                return;
            }
            Files.move(dumping, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            ChildJvm.deleteQuietly(seen);
            prune(archive.getParent());
        } finally {
            ChildJvm.deleteQuietly(classList);
        }
    }

    /**
     * The command that dumps the archive: the child's own JVM and options (the archive is checked against them when
     * it is mapped), its jar as the class path, without the launcher's process id.
     */
    static List<String> dumpCommand(List<String> childOptions, Path classList, Path archive) {
        List<String> command = new ArrayList<>();
        command.add(childOptions.get(0));
        command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, QUIET));
        for (int i = 1; i < childOptions.size(); i++) {
            String option = childOptions.get(i);
            if (option.startsWith("-D" + Launcher.PARENT_PROPERTY + "=")) {
                continue;
            }
            if (option.equals("-jar") && i + 1 < childOptions.size()) {
                command.add("-cp");
                command.add(childOptions.get(++i));
            } else {
                command.add(option);
            }
        }
        return command;
    }

    /** Runs the dump with its output discarded (the JVM lists every class it cannot archive), for a minute at most. */
    private static int runDump(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(DUMP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        return process.exitValue();
    }

    /** Keeps the {@link #KEPT} newest archives and drops dumps that nobody finishes any more. */
    private static void prune(Path folder) throws IOException {
        List<Path> archives = new ArrayList<>();
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(ARCHIVE)) {
                    archives.add(file);
                } else if (name.endsWith(DUMPING) && modified(file).toInstant().isBefore(abandoned)
                        || (name.endsWith(SEEN) || name.endsWith(FAILED)) && modified(file).toInstant().isBefore(
                                Instant.now().minus(FORGOTTEN))) {
                    ChildJvm.deleteQuietly(file);
                }
            }
        }
        archives.sort(Comparator.comparing(ChildClassArchive::modified).reversed());
        archives.stream().skip(KEPT).forEach(ChildJvm::deleteQuietly);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * A hash of what the archive depends on: the options, the JVM, and each class path entry's path, size and time.
     * Empty when an entry is not a jar: the JVM archives no classes from a folder.
     */
    static Optional<String> key(List<String> options, String classPath) {
        StringBuilder text = new StringBuilder();
        text.append(System.getProperty("java.home")).append('\n').append(System.getProperty("java.vm.version"));
        options.stream().filter(option -> !option.startsWith("-D" + Launcher.PARENT_PROPERTY + "="))
                .forEach(option -> text.append('\n').append(option));
        if (classPath.isEmpty()) {
            return Optional.empty();
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            try {
                Path jar = Path.of(entry).toAbsolutePath();
                if (!Files.isRegularFile(jar) || !entry.endsWith(".jar")) {
                    return Optional.empty();
                }
                text.append('\n').append(jar).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(fnv1a64(text.toString()));
    }

    /** FNV-1a, 64 bits: enough to tell a few archives apart, and free of MessageDigest's start-up cost. */
    private static String fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /**
     * The folder, made if missing, when it is a real folder (not a link) that only this user can write to; else
     * empty.
     */
    static Optional<Path> ownFolder(Path folder) {
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                Files.createDirectory(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
            boolean othersWrite = permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
            String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
            return othersWrite || !owner.equals(System.getProperty("user.name")) ? Optional.empty()
                    : Optional.of(folder);
        } catch (IOException | RuntimeException e) {
            // Not a POSIX file system, a read-only home, a name the file system refuses: no archive, as before.
            return Optional.empty();
        }
    }
}
