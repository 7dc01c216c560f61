package dev.fearless.reports.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apiguardian.api.API;

/**
 * An unpacked {@code io.qameta.allure:allure-commandline} distribution: the folder with {@code lib/*.jar},
 * {@code config/} and {@code plugins/} that Allure's {@code bin/allure} script runs from.
 *
 * <pre>{@code
 * Path home = AllureDistribution.unpack(zip, AllureDistribution.defaultCacheDir());  // once, then reused
 * AllureDistribution allure = AllureDistribution.at(home);
 * }</pre>
 *
 * <p>A zip is unpacked once into {@code CACHE_DIR/<zip name without .zip>}, by default
 * {@code ~/.fearless/allure-commandline-2.34.0/}: outside any project, so that every project and both the CLI and
 * the Maven plugin share it, and outside the Maven repository, which is a cache of artifacts, not of their contents.
 * It is unpacked into a temporary folder next to it and renamed in one step, so a crash or a parallel build never
 * leaves a half-unpacked distribution that looks complete.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllureDistribution {

    /** Allure's command-line entry point, as {@code bin/allure} starts it. */
    public static final String MAIN_CLASS = "io.qameta.allure.CommandLine";
    /** The Maven coordinates' group and artifact of the distribution. */
    public static final String GROUP_ID = "io.qameta.allure";
    /** The Maven coordinates' artifact of the distribution. */
    public static final String ARTIFACT_ID = "allure-commandline";

    private final Path home;

    private AllureDistribution(Path home) {
        this.home = home;
    }

    /**
     * The distribution unpacked at {@code home}.
     *
     * @throws AllureReportException when {@code home} has no {@code lib/allure-commandline-*.jar}
     */
    public static AllureDistribution at(Path home) {
        Path absolute = home.toAbsolutePath().normalize();
        if (!hasCommandlineJar(absolute)) {
            throw new AllureReportException(absolute + " is not an unpacked Allure distribution (no"
                    + " lib/allure-commandline-*.jar): give the folder that holds bin/ and lib/, e.g. the"
                    + " allure-" + version() + " folder of allure-commandline-" + version() + ".zip");
        }
        return new AllureDistribution(absolute);
    }

    /** The version of {@code allure-commandline} this Fearless is built and tested with. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = AllureDistribution.class.getResourceAsStream("allure-commandline.properties")) {
            if (in == null) {
                throw new IllegalStateException("allure-commandline.properties is missing from fearless-reports");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read allure-commandline.properties", e);
        }
        return properties.getProperty("version");
    }

    /** {@code groupId:artifactId:zip:version} of the distribution this Fearless uses. */
    public static String coordinates() {
        return GROUP_ID + ":" + ARTIFACT_ID + ":zip:" + version();
    }

    /** The distribution's place in a Maven local repository ({@code ~/.m2/repository} by default). */
    public static Path zipIn(Path localRepository) {
        String version = version();
        return localRepository.resolve(GROUP_ID.replace('.', '/')).resolve(ARTIFACT_ID).resolve(version)
                .resolve(ARTIFACT_ID + "-" + version + ".zip");
    }

    /** {@code ~/.fearless}: where zips are unpacked unless told otherwise. */
    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("user.home"), ".fearless");
    }

    /**
     * Unpacks {@code zip} into {@code cacheDir/<zip name without .zip>} unless an earlier call did, and returns the
     * distribution's home (the zip's top folder).
     *
     * @throws AllureReportException when the zip cannot be read or is not an Allure distribution
     */
    public static Path unpack(Path zip, Path cacheDir) {
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path target = cacheDir.toAbsolutePath().normalize().resolve(name);
        if (!Files.isDirectory(target)) {
            unpackInto(zip, target);
        }
        return home(target, zip);
    }

    private static void unpackInto(Path zip, Path target) {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(temp);
            extract(zip, temp);
            home(temp, zip);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another build unpacked the same zip meanwhile: its copy is as good as ours.
        } catch (AtomicMoveNotSupportedException e) {
            throw new AllureReportException("cannot unpack " + zip + ": " + target.getParent() + " does not support"
                    + " atomic renames; give an unpacked distribution instead", e);
        } catch (IOException e) {
            throw new AllureReportException("cannot unpack " + zip + " into " + target + ": " + e
                    + "; check that the zip is complete (delete it to download it again) and the folder writable", e);
        } finally {
            deleteRecursively(temp);
        }
    }

    private static void extract(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("the entry " + entry.getName() + " points outside the zip's folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
    }

    /** The one folder directly under {@code dir} that holds the commandline jar, as the zip lays it out. */
    private static Path home(Path dir, Path zip) {
        if (hasCommandlineJar(dir)) {
            return dir;
        }
        List<Path> homes = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
            children.forEach(child -> {
                if (hasCommandlineJar(child)) {
                    homes.add(child);
                }
            });
        } catch (IOException e) {
            throw new AllureReportException("cannot list " + dir + ": " + e, e);
        }
        if (homes.size() != 1) {
            throw new AllureReportException(zip + " is not an Allure distribution (no single folder with"
                    + " lib/allure-commandline-*.jar); use " + coordinates());
        }
        return homes.get(0);
    }

    private static boolean hasCommandlineJar(Path home) {
        Path lib = home.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return false;
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.anyMatch(jar -> jar.getFileName().toString().matches("allure-commandline-.*\\.jar"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is never used as a distribution: not worth failing the report for.
        }
    }

    /** The folder with {@code bin/}, {@code lib/}, {@code config/} and {@code plugins/}. */
    public Path home() {
        return home;
    }

    /** The generator's class path, as {@code bin/allure} builds it: {@code lib/*} and {@code lib/config}. */
    public String classPath() {
        return home.resolve("lib").resolve("*") + java.io.File.pathSeparator + home.resolve("lib").resolve("config");
    }

    @Override
    public String toString() {
        return "Allure distribution at " + home;
    }
}
