package dev.fearless.engine.internal.coverage;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apiguardian.api.API;

/**
 * The classes a test JVM's JaCoCo agent instruments: those of the given folders and jars, as the agent's
 * {@code includes} patterns. A package with classes stands for itself and everything below it
 * ({@code com.acme.shop.*}); a class of the unnamed package is named exactly.
 *
 * <pre>{@code
 * List<String> includes = AgentIncludes.of(List.of(Path.of("target/classes"), Path.of("target/test-classes")));
 * // [com.acme.shop.*]
 * }</pre>
 *
 * <p>Why: left alone, the agent instruments every class the test JVM loads, JUnit's and every library's, though only
 * the classes under test are ever measured, and the test JVM then compiles and runs all that instrumented code.
 * Limited to the code under test (and the tests, so that coverage measured against the wrong class folders still
 * shows as data for other classes, not as a coverage of 0), the benchmark's 20,000 tests took 0.85 of the time.
 */
@API(status = INTERNAL, since = "0.1")
public final class AgentIncludes {

    private static final String CLASS_SUFFIX = ".class";

    /** Java names, as the agent's option syntax can carry them (no {@code :} or {@code ,}, which it splits at). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N}_$]+(\\.[\\p{L}\\p{N}_$]+)*");

    /** Deeper than any package: a folder tree this deep is a link that loops, not classes. */
    private static final int MAX_DEPTH = 64;

    private AgentIncludes() {
    }

    /**
     * The patterns that cover every class in {@code locations}: the topmost packages, sorted, then the unnamed
     * package's classes. Empty (the agent's default: every class) when there is none, a location cannot be read, or
     * a name the option syntax cannot carry. Empty is always safe: it only costs the time this saves.
     */
    public static List<String> of(List<Path> locations) {
        Set<String> packages = new TreeSet<>();
        Set<String> unnamedPackageClasses = new TreeSet<>();
        try {
            for (Path location : locations) {
                if (Files.isDirectory(location)) {
                    addFolder(location, location, 0, packages, unnamedPackageClasses);
                } else if (Files.isRegularFile(location)) {
                    addJar(location, packages, unnamedPackageClasses);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<String> patterns = new ArrayList<>();
        String covering = null;
        for (String name : packages) {
            if (!PLAIN_NAME.matcher(name).matches()) {
                return List.of();
            }
            // Sorted, so the packages below one come right after it: a dot sorts before every name character but
            // '$', and a package named with '$' in between only costs a redundant pattern.
            if (covering == null || !name.startsWith(covering + ".")) {
                covering = name;
                patterns.add(name + ".*");
            }
        }
        for (String name : unnamedPackageClasses) {
            if (!PLAIN_NAME.matcher(name).matches()) {
                return List.of();
            }
            patterns.add(name);
        }
        return List.copyOf(patterns);
    }

    /** Adds the first folders on each path down from {@code dir} that hold classes; their subfolders are covered. */
    private static void addFolder(Path root, Path dir, int depth, Set<String> packages, Set<String> unnamed)
            throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("folders nested deeper than " + MAX_DEPTH + " under " + root);
        }
        List<Path> folders = new ArrayList<>();
        boolean hasClasses = false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    if (depth > 0 || !name.equals("META-INF")) {
                        folders.add(entry);
                    }
                } else if (isClassFile(name)) {
                    if (depth == 0) {
                        unnamed.add(name.substring(0, name.length() - CLASS_SUFFIX.length()));
                    } else {
                        hasClasses = true;
                    }
                }
            }
        }
        if (hasClasses) {
            packages.add(root.relativize(dir).toString().replace(root.getFileSystem().getSeparator(), "."));
            return;
        }
        for (Path folder : folders) {
            addFolder(root, folder, depth + 1, packages, unnamed);
        }
    }

    private static void addJar(Path jar, Set<String> packages, Set<String> unnamed) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                int slash = name.lastIndexOf('/');
                if (name.startsWith("META-INF/") || !isClassFile(name.substring(slash + 1))) {
                    continue;
                }
                if (slash < 0) {
                    unnamed.add(name.substring(0, name.length() - CLASS_SUFFIX.length()));
                } else {
                    packages.add(name.substring(0, slash).replace('/', '.'));
                }
            }
        }
    }

    private static boolean isClassFile(String fileName) {
        return fileName.endsWith(CLASS_SUFFIX) && !fileName.equals("module-info.class")
                && !fileName.equals("package-info.class");
    }
}
