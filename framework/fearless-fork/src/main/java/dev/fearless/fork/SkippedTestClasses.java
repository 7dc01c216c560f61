package dev.fearless.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.platform.engine.discovery.ClassNameFilter;

/**
 * Finds the test classes under the scan roots whose tests JUnit would silently not run, so that the gate reports each
 * one as a failure instead of a smaller, green run:
 * <ul>
 * <li>a class that cannot be loaded (a missing superclass, a class file too new for this JVM);</li>
 * <li>a class JUnit cannot read: a type that its methods (or its superclasses', or its inner classes') use is missing,
 * so JUnit's reflection fails while it looks for tests and it drops the class without a word;</li>
 * <li>a class shadowed by one of the same name earlier on the class path (a stale copy, another module's class): the
 * other class's tests run in its place;</li>
 * <li>a class in a folder that a symbolic link leads to: JUnit's scan does not follow links;</li>
 * <li>a class with JUnit 4 tests ({@code @org.junit.Test}) when no JUnit Vintage engine is on the class path.</li>
 * </ul>
 *
 * <p>A test class is a top-level class whose name matches the include patterns (JUnit's standard pattern,
 * {@code Test*}, {@code *Test}, {@code *Tests}, when none are given) and no exclude pattern. An abstract class is
 * loaded but not read, as JUnit does not look for tests in it.
 */
final class SkippedTestClasses {

    /** The name JUnit XML readers know for a failure of a whole class rather than of one of its tests. */
    static final String TEST_NAME = "initializationError";

    private static final String CLASS_SUFFIX = ".class";

    private static final String JUNIT4_TEST = "org.junit.Test";
    private static final String VINTAGE_ENGINE = "org/junit/vintage/engine/VintageTestEngine.class";

    /** A test class whose tests will not run, and why: the message of the failure the gate reports for it. */
    record Skipped(String className, String message, Throwable cause) {

        /** The failure the gate reports for the class. */
        Throwable failure() {
            return new TestClassNotRun(message, cause);
        }
    }

    /** A test class none of whose tests ran. */
    static final class TestClassNotRun extends Exception {

        private static final long serialVersionUID = 1L;

        TestClassNotRun(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SkippedTestClasses() {
    }

    static List<Skipped> find(List<Path> roots, List<String> includes, List<String> excludes, ClassLoader loader) {
        ClassNameSelection testClasses = new ClassNameSelection(
                new ClassNamePatterns(includes.isEmpty() ? List.of(ClassNameFilter.STANDARD_INCLUDE_PATTERN) : includes),
                new ClassNamePatterns(excludes));
        Optional<Class<? extends Annotation>> junit4Test = junit4TestWithoutVintage(loader);
        List<Skipped> skipped = new ArrayList<>();
        for (Path root : roots) {
            Path realRoot = realPath(root).orElse(root);
            ClassFiles files = classFiles(root);
            for (String className : files.scanned()) {
                if (testClasses.selects(className)) {
                    check(className, realRoot, loader, junit4Test).ifPresent(skipped::add);
                }
            }
            for (String className : files.behindLinks()) {
                if (testClasses.selects(className)) {
                    skipped.add(new Skipped(className, "the test class " + className + " is in a folder of " + root
                            + " that a symbolic link leads to, and JUnit's class path scan does not follow links, so"
                            + " none of its tests ran; put the folder itself there instead of a link", null));
                }
            }
        }
        return skipped;
    }

    private static Optional<Skipped> check(String className, Path realRoot, ClassLoader loader,
            Optional<Class<? extends Annotation>> junit4Test) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (LinkageError | ClassNotFoundException e) {
            return isElsewhereInThePackageTree(e) ? Optional.empty() : Optional.of(new Skipped(className,
                    "the test class " + className + " could not be loaded, so none of its tests ran: " + e, e));
        }
        Optional<Path> loadedFrom = location(type);
        if (loadedFrom.isPresent() && !loadedFrom.get().equals(realRoot)) {
            return Optional.of(new Skipped(className, "the test class " + className + " in " + realRoot
                    + " is shadowed by the class of the same name in " + loadedFrom.get() + ", earlier on the class"
                    + " path, so none of its tests ran; remove the stale copy or rename one of them", null));
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            if (junit4Test.isPresent() && hasMethodAnnotated(type, junit4Test.get())) {
                return Optional.of(new Skipped(className, "the test class " + className + " has JUnit 4 tests (@"
                        + JUNIT4_TEST + "), but no JUnit Vintage engine is on the class path, so none of them ran;"
                        + " add org.junit.vintage:junit-vintage-engine, or move them to JUnit Jupiter", null));
            }
            readAsJUnitDoes(type, Collections.newSetFromMap(new IdentityHashMap<>()));
        } catch (LinkageError | TypeNotPresentException e) {
            return Optional.of(new Skipped(className, "the test class " + className + " could not be read by JUnit"
                    + " (a type that it or its nested classes use is missing), so none of its tests ran: " + e, e));
        } catch (RuntimeException e) {
            // Reflection that failed otherwise (a security manager, say): JUnit would hit it too; name the class.
            return Optional.of(new Skipped(className, "the test class " + className + " could not be read: " + e
                    + "; JUnit's discovery reads it the same way, so none of its tests ran", e));
        }
        return Optional.empty();
    }

    /**
     * What JUnit's discovery asks of a class: its methods and those of its superclasses and interfaces, and its inner
     * classes (candidates for {@code @Nested}), each the same way. Any of these fails when a type in a signature is
     * missing.
     */
    private static void readAsJUnitDoes(Class<?> type, Set<Class<?>> read) {
        // Each class once: an inner class may extend its outer one, which holds it again.
        for (Class<?> level = type; isApplicationClass(level) && read.add(level); level = level.getSuperclass()) {
            level.getDeclaredMethods();
            for (Class<?> contract : level.getInterfaces()) {
                readAsJUnitDoes(contract, read);
            }
            for (Class<?> member : level.getDeclaredClasses()) {
                if (!Modifier.isStatic(member.getModifiers()) && !member.isInterface()) {
                    readAsJUnitDoes(member, read);
                }
            }
        }
    }

    private static boolean hasMethodAnnotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (Class<?> level = type; isApplicationClass(level); level = level.getSuperclass()) {
            for (Method method : level.getDeclaredMethods()) {
                if (method.isAnnotationPresent(annotation)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Not a JDK class: those never miss a type, and reading them would only cost time. */
    private static boolean isApplicationClass(Class<?> type) {
        return type != null && type != Object.class && type.getClassLoader() != null
                && type.getClassLoader() != ClassLoader.getPlatformClassLoader();
    }

    /** JUnit 4's {@code @Test} when it is on the class path and no engine runs it. */
    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends Annotation>> junit4TestWithoutVintage(ClassLoader loader) {
        if (loader.getResource(VINTAGE_ENGINE) != null) {
            return Optional.empty();
        }
        try {
            Class<?> test = Class.forName(JUNIT4_TEST, false, loader);
            return test.isAnnotation() ? Optional.of((Class<? extends Annotation>) test) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The real path of the folder or jar the class was loaded from, when the class loader tells. */
    private static Optional<Path> location(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            return url == null || !"file".equals(url.getProtocol()) ? Optional.empty()
                    : realPath(Path.of(url.toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A class file whose path does not match its package (a fixture copied from resources, say) is not a test class
     * JUnit would run: loading it under the path's name fails with "wrong name", and JUnit skips it too.
     */
    private static boolean isElsewhereInThePackageTree(Throwable e) {
        return e instanceof NoClassDefFoundError && e.getMessage() != null && e.getMessage().contains("wrong name");
    }

    /** The top-level classes of a scan root: those JUnit's scan finds, and those behind links it does not follow. */
    private record ClassFiles(List<String> scanned, List<String> behindLinks) {
    }

    private static ClassFiles classFiles(Path root) {
        try {
            if (Files.isDirectory(root)) {
                List<String> scanned = new ArrayList<>();
                List<Path> links = new ArrayList<>();
                // As JUnit walks it: without following links, a link to a class file being a class file all the same.
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isSymbolicLink() && Files.isDirectory(file)) {
                            links.add(file);
                        } else {
                            addClassName(root, file, scanned);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
                List<String> behindLinks = new ArrayList<>();
                for (Path link : links) {
                    Files.walkFileTree(link, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new SimpleFileVisitor<>() {
                                @Override
                                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                                    addClassName(root, file, behindLinks);
                                    return FileVisitResult.CONTINUE;
                                }

                                @Override
                                public FileVisitResult visitFileFailed(Path file, IOException e) {
                                    return FileVisitResult.CONTINUE; // a link loop: its classes are listed once
                                }
                            });
                }
                return new ClassFiles(scanned, behindLinks);
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
                return new ClassFiles(names, List.of());
            }
            return new ClassFiles(List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes in " + root, e);
        }
    }

    private static void addClassName(Path root, Path file, List<String> names) {
        String path = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
        if (isTopLevelClassFile(path) && !path.startsWith("META-INF/")) {
            names.add(className(path));
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
