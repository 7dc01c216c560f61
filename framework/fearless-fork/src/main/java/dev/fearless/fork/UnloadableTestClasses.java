package dev.fearless.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.platform.engine.discovery.ClassNameFilter;

/**
 * Finds the test classes under the scan roots that cannot be loaded (a missing superclass or dependency, a class
 * file too new for this JVM). JUnit skips such a class without a word while it scans the class path, so its tests
 * would silently not run: the gate reports each one as a failure instead.
 *
 * <p>A test class is a top-level class whose name matches the include patterns (JUnit's standard pattern,
 * {@code Test*}, {@code *Test}, {@code *Tests}, when none are given) and no exclude pattern.
 */
final class UnloadableTestClasses {

    /** The name JUnit XML readers know for a failure of a whole class rather than of one of its tests. */
    static final String TEST_NAME = "initializationError";

    private static final String CLASS_SUFFIX = ".class";

    record Unloadable(String className, Throwable cause) {

        /** The failure the gate reports for the class. */
        Throwable failure() {
            return new TestClassNotLoaded(this);
        }
    }

    /** A test class that could not be loaded, so none of its tests ran. */
    static final class TestClassNotLoaded extends Exception {

        private static final long serialVersionUID = 1L;

        TestClassNotLoaded(Unloadable test) {
            super("the test class " + test.className() + " could not be loaded, so none of its tests ran: "
                    + test.cause(), test.cause());
        }
    }

    private UnloadableTestClasses() {
    }

    static List<Unloadable> find(List<Path> roots, List<String> includes, List<String> excludes,
            ClassLoader loader) {
        ClassNameSelection testClasses = new ClassNameSelection(
                new ClassNamePatterns(includes.isEmpty() ? List.of(ClassNameFilter.STANDARD_INCLUDE_PATTERN) : includes),
                new ClassNamePatterns(excludes));
        List<Unloadable> unloadable = new ArrayList<>();
        for (Path root : roots) {
            for (String className : classNames(root)) {
                if (testClasses.selects(className)) {
                    try {
                        Class.forName(className, false, loader);
                    } catch (LinkageError | ClassNotFoundException e) {
                        if (!isElsewhereInThePackageTree(e)) {
                            unloadable.add(new Unloadable(className, e));
                        }
                    }
                }
            }
        }
        return unloadable;
    }

    /**
     * A class file whose path does not match its package (a fixture copied from resources, say) is not a test class
     * JUnit would run: loading it under the path's name fails with "wrong name", and JUnit skips it too.
     */
    private static boolean isElsewhereInThePackageTree(Throwable e) {
        return e instanceof NoClassDefFoundError && e.getMessage() != null && e.getMessage().contains("wrong name");
    }

    private static List<String> classNames(Path root) {
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString())
                            .map(path -> path.replace(root.getFileSystem().getSeparator(), "/"))
                            .filter(path -> isTopLevelClassFile(path) && !path.startsWith("META-INF/"))
                            .map(UnloadableTestClasses::className).toList();
                }
            }
            if (Files.isRegularFile(root)) {
                List<String> names = new ArrayList<>();
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (isTopLevelClassFile(name) && !name.startsWith("META-INF/")) {
                            names.add(className(name));
                        }
                    }
                }
                return names;
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes in " + root, e);
        }
    }

    private static boolean isTopLevelClassFile(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return fileName.endsWith(CLASS_SUFFIX) && fileName.indexOf('$') < 0 && !fileName.equals("module-info.class")
                && !fileName.equals("package-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - CLASS_SUFFIX.length()).replace('/', '.');
    }

}
