package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.ExitCode;

class ChildClassArchiveTest {

    private static final List<String> OPTIONS = List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1",
            "-Dfearless.launcher.parent=4242", "-Xmx256m", "-jar", "cli.jar");

    @TempDir
    Path temp;

    private Path cache;
    private Path jar;
    private final List<List<String>> dumps = new java.util.ArrayList<>();
    private int dumpExitCode;

    @BeforeEach
    void jarAndCache() throws IOException {
        cache = temp.resolve("cache");
        jar = Files.write(temp.resolve("cli.jar"), new byte[] {1, 2, 3});
    }

    @Test
    void theFirstRunMarksTheSecondDumpsAndLaterRunsUseTheArchive() throws IOException {
        ChildClassArchive first = archive(OPTIONS);
        assertThat(first.options()).isEmpty();
        first.childEnded(OptionalInt.of(ExitCode.GO));

        ChildClassArchive second = archive(OPTIONS);
        Path dump = dumpPath(second);
        assertThat(second.options()).containsExactly("-XX:DumpLoadedClassList=" + dump, "-Xlog:cds*=off");
        Files.write(dump, new byte[] {7});
        second.childEnded(OptionalInt.of(ExitCode.STOP));

        ChildClassArchive third = archive(OPTIONS);
        Path archive = third.inUse().orElseThrow();
        assertThat(third.options()).containsExactly("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off",
                "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "fearless-gate-hs_err_pid%p.log"));
        assertThat(archive).hasBinaryContent(new byte[] {7});
        assertThat(dump).doesNotExist();
        try (var files = Files.list(archive.getParent())) {
            assertThat(files).containsExactly(archive);
        }
    }

    @Test
    void theDumpRunsTheChildsJvmAndOptionsOnItsJarWithoutTheLaunchersProcessId() {
        List<String> command = ChildClassArchive.dumpCommand(OPTIONS, Path.of("/c/list"), Path.of("/c/a.jsa"));

        assertThat(command).containsExactly("/usr/bin/java", "-Xshare:dump", "-XX:SharedClassListFile=/c/list",
                "-XX:SharedArchiveFile=/c/a.jsa", "-Xlog:cds*=off", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp",
                "cli.jar");
    }

    @Test
    void aDumpThatFailsLeavesNoArchiveAndTheNextRunTriesAgain() throws IOException {
        archive(OPTIONS).childEnded(OptionalInt.of(ExitCode.GO));
        ChildClassArchive failing = archive(OPTIONS);
        Files.write(dumpPath(failing), new byte[] {7});
        dumpExitCode = 1;

        failing.childEnded(OptionalInt.of(ExitCode.GO));

        assertThat(archive(OPTIONS).inUse()).isEmpty();
        assertThat(dumpPath(archive(OPTIONS))).doesNotExist();
        try (var files = Files.list(cache.resolve(ChildClassArchive.FOLDER))) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aDumpOfAChildThatGaveNoGateAnswerIsDroppedAndTheNextRunDumpsAgain() throws IOException {
        archive(OPTIONS).childEnded(OptionalInt.of(ExitCode.GO));
        ChildClassArchive killed = archive(OPTIONS);
        Path dump = dumpPath(killed);
        Files.write(dump, new byte[] {7});

        killed.childEnded(OptionalInt.of(137));

        assertThat(dump).doesNotExist();
        ChildClassArchive next = archive(OPTIONS);
        assertThat(next.inUse()).isEmpty();
        assertThat(next.options()).first().asString().startsWith("-XX:DumpLoadedClassList=");
        assertThat(dumps).as("no dump for a child that gave no gate's answer").isEmpty();
    }

    @Test
    void anEmptyOrMissingDumpIsNotKept() throws IOException {
        archive(OPTIONS).childEnded(OptionalInt.of(ExitCode.GO));
        ChildClassArchive empty = archive(OPTIONS);
        Files.createFile(dumpPath(empty));
        empty.childEnded(OptionalInt.of(ExitCode.GO));
        archive(OPTIONS).childEnded(OptionalInt.of(ExitCode.GO));

        assertThat(archive(OPTIONS).inUse()).isEmpty();
    }

    @Test
    void anArchiveTheChildCouldNotStartWithIsRemoved() throws IOException {
        Path archive = madeArchive(OPTIONS);

        archive(OPTIONS).childEnded(OptionalInt.empty());

        assertThat(archive).doesNotExist();
        assertThat(archive(OPTIONS).options()).isEmpty();
    }

    @Test
    void aJvmThatCannotStartWithTheDumpOptionGetsNoArchiveFromThenOn() throws IOException {
        archive(OPTIONS).childEnded(OptionalInt.of(ExitCode.GO));
        ChildClassArchive refused = archive(OPTIONS);
        assertThat(refused.options()).isNotEmpty();

        refused.childEnded(OptionalInt.empty());

        assertThat(archive(OPTIONS).options()).isEmpty();
        assertThat(archive(OPTIONS).options()).isEmpty();
    }

    @Test
    void anArchiveOutlivesAChildThatStartedWithIt() throws IOException {
        Path archive = madeArchive(OPTIONS);

        archive(OPTIONS).childEnded(OptionalInt.of(143));

        assertThat(archive).exists();
    }

    @Test
    void eachSetOfOptionsJarAndJvmHasItsOwnArchiveButNotEachLauncher() throws IOException {
        Optional<String> key = ChildClassArchive.key(OPTIONS, jar.toString());

        assertThat(key).get().asString().hasSize(16);
        assertThat(ChildClassArchive.key(OPTIONS.stream()
                .map(option -> option.replace("parent=4242", "parent=77")).toList(), jar.toString())).isEqualTo(key);
        assertThat(ChildClassArchive.key(OPTIONS.stream().map(option -> option.replace("256m", "1g")).toList(),
                jar.toString())).isNotEqualTo(key);
        Files.write(jar, new byte[] {1, 2, 3, 4});
        assertThat(ChildClassArchive.key(OPTIONS, jar.toString())).isNotEqualTo(key);
    }

    @Test
    void aClassPathWithAFolderOrAMissingJarGetsNoArchive() throws IOException {
        Path classes = Files.createDirectory(temp.resolve("classes"));

        assertThat(ChildClassArchive.key(OPTIONS, jar + File.pathSeparator + classes)).isEmpty();
        assertThat(ChildClassArchive.key(OPTIONS, temp.resolve("gone.jar").toString())).isEmpty();
        assertThat(ChildClassArchive.key(OPTIONS, "")).isEmpty();
    }

    @Test
    void offTheUsersOwnArchiveOptionsOrNoCacheFolderGetNoArchive() throws IOException {
        madeArchive(OPTIONS);

        assertThat(ChildClassArchive.forChild(OPTIONS, "off", Optional.of(cache), jar.toString(), this::fakeDump).options())
                .isEmpty();
        assertThat(ChildClassArchive.forChild(OPTIONS, "on", Optional.empty(), jar.toString(), this::fakeDump).options()).isEmpty();
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=app.jsa", "-XX:+AutoCreateSharedArchive")) {
            List<String> options = new java.util.ArrayList<>(OPTIONS);
            options.add(1, own);
            assertThat(archive(options).options()).as(own).isEmpty();
        }
    }

    @Test
    void aFolderOthersCanWriteToOrALinkIsNotUsed() throws IOException {
        Path shared = Files.createDirectories(temp.resolve("shared").resolve(ChildClassArchive.FOLDER));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path linked = Files.createDirectories(temp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve(ChildClassArchive.FOLDER), elsewhere);

        assertThat(ChildClassArchive.ownFolder(shared)).isEmpty();
        assertThat(ChildClassArchive.ownFolder(linked.resolve(ChildClassArchive.FOLDER))).isEmpty();
        assertThat(ChildClassArchive.ownFolder(cache.resolve(ChildClassArchive.FOLDER))).isPresent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                cache.resolve(ChildClassArchive.FOLDER)))).isEqualTo("rwx------");
    }

    @Test
    void onlyTheNewestArchivesAreKept() throws IOException {
        for (int i = 0; i < ChildClassArchive.KEPT + 2; i++) {
            List<String> options = new java.util.ArrayList<>(OPTIONS);
            options.add("-Xss" + (i + 1) + "m");
            Path archive = madeArchive(options);
            Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000L * (i + 1)));
        }

        try (var files = Files.list(cache.resolve(ChildClassArchive.FOLDER))) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jsa")))
                    .hasSize(ChildClassArchive.KEPT);
        }
    }

    @Test
    void theCacheFolderIsXdgCacheHomeWhenAbsoluteElseDotCacheInTheHome() {
        assertThat(ChildClassArchive.cacheFolder("/var/cache/me", "/home/me")).contains(Path.of("/var/cache/me"));
        assertThat(ChildClassArchive.cacheFolder("relative", "/home/me")).contains(Path.of("/home/me/.cache"));
        assertThat(ChildClassArchive.cacheFolder(null, "/home/me")).contains(Path.of("/home/me/.cache"));
        assertThat(ChildClassArchive.cacheFolder("", "")).isEmpty();
        assertThat(ChildClassArchive.cacheFolder(null, "?")).isEmpty();
    }

    /** Runs the three steps that make an archive, and returns it. */
    private Path madeArchive(List<String> options) throws IOException {
        archive(options).childEnded(OptionalInt.of(ExitCode.GO));
        ChildClassArchive dumping = archive(options);
        Files.write(dumpPath(dumping), new byte[] {7});
        dumping.childEnded(OptionalInt.of(ExitCode.GO));
        return archive(options).inUse().orElseThrow();
    }

    private ChildClassArchive archive(List<String> options) {
        return ChildClassArchive.forChild(options, "on", Optional.of(cache), jar.toString(), this::fakeDump);
    }

    /** Stands in for the JVM's -Xshare:dump: writes the class list's bytes as the archive it is told to write. */
    private int fakeDump(List<String> command) throws IOException {
        dumps.add(command);
        Path list = Path.of(option(command, "-XX:SharedClassListFile="));
        Files.write(Path.of(option(command, "-XX:SharedArchiveFile=")), Files.readAllBytes(list));
        return dumpExitCode;
    }

    private static String option(List<String> command, String prefix) {
        return command.stream().filter(o -> o.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    /** Where the child is told to list its classes, which the dump reads. */
    private static Path dumpPath(ChildClassArchive archive) {
        String option = archive.options().get(0);
        assertThat(option).startsWith("-XX:DumpLoadedClassList=");
        return Path.of(option.substring("-XX:DumpLoadedClassList=".length()));
    }
}
