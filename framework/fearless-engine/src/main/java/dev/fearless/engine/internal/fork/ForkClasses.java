package dev.fearless.engine.internal.fork;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import dev.fearless.engine.GateException;
import dev.fearless.fork.ForkMain;

/**
 * Finds the fork's own classes for the test JVM's class path. They must come alone: when they sit in a jar with
 * other code (the CLI's runnable jar), only the {@code dev/fearless/fork/} entries are copied out, so nothing of the
 * gate leaks onto the tests' class path.
 */
final class ForkClasses {

    private static final String PACKAGE_PATH = ForkMain.class.getPackageName().replace('.', '/') + "/";

    private ForkClasses() {
    }

    static Path locate(Path cacheDir) {
        Path codeSource = codeSource();
        if (Files.isDirectory(codeSource) || codeSource.getFileName().toString().startsWith("fearless-fork")) {
            return codeSource;
        }
        return extract(codeSource, cacheDir.resolve("fork-classes"));
    }

    private static Path codeSource() {
        try {
            return Path.of(ForkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw GateException.notRun("cannot find the fork's classes (dev.fearless.fork): " + e, e);
        }
    }

    private static Path extract(Path jar, Path target) {
        // The runnable jar holds thousands of entries: copy the fork's few out once per build of the jar.
        Path stamp = target.resolve(".extracted-from");
        String source;
        try {
            source = jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(source)) {
                return target;
            }
        } catch (IOException e) {
            throw GateException.notRun("cannot read " + jar + " to find the fork's classes: " + e, e);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(PACKAGE_PATH)) {
                    continue;
                }
                Path out = target.resolve(entry.getName());
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(stamp, source);
            return target;
        } catch (IOException e) {
            throw GateException.notRun("cannot copy the fork's classes out of " + jar + " to " + target + ": " + e, e);
        }
    }
}
