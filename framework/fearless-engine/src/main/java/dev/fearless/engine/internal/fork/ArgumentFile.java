package dev.fearless.engine.internal.fork;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fearless.engine.internal.SecretMasker;

/**
 * The test JVM's options, in a {@code java @argfile} rather than on its command line: a long class path stays clear
 * of the command line's length limit, and a system property holding a secret ({@code -Ddb.password=...}, from
 * Surefire's {@code systemPropertyVariables} or an {@code argLine}) is not shown by {@code ps} to every user of the
 * machine. Once the JVM has read the file, {@link #mask} rewrites it with the secrets masked, so the copy kept for
 * debugging holds none.
 */
final class ArgumentFile {

    private static final String FILE_NAME = ForkSpec.ARGUMENT_FILE;

    private ArgumentFile() {
    }

    /** Writes the options of the fork {@code spec} describes and returns the file. */
    static Path write(ForkSpec spec, List<Path> classpath) throws IOException {
        Path file = spec.stepDir().resolve(FILE_NAME);
        Files.deleteIfExists(file);
        // Owner-only from its creation: until it is masked it holds the secrets that ps would have shown.
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, String.join("\n", options(spec, classpath)) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Masks the secrets in the file; the fork must have read it already. */
    static void mask(ForkSpec spec) {
        Path file = spec.stepDir().resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String options = Files.readString(file, StandardCharsets.UTF_8);
                // The file holds each value escaped as quote() writes it: mask that form as well as the plain one.
                Files.writeString(file, spec.outputFilter().apply(options), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mask the secrets in " + file + "; delete it", e);
        }
    }

    private static List<String> options(ForkSpec spec, List<Path> classpath) {
        List<String> options = new ArrayList<>();
        for (String option : spec.jvmArgs()) {
            options.add(quote(option));
        }
        for (Map.Entry<String, String> property : spec.systemProperties().entrySet()) {
            options.add(quote("-D" + property.getKey() + "=" + property.getValue()));
        }
        options.add("-cp");
        options.add(quote(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList())));
        return options;
    }

    /**
     * One argument, whatever it holds. Inside double quotes the launcher reads {@code \\}, {@code \"}, {@code \n},
     * {@code \r}, {@code \t} and {@code \f} as escapes, and ends an argument at a real line break even there, so a
     * multi-line value (a key, a JSON document) must be written with escapes: JSON's, for these characters.
     */
    static String quote(String value) {
        return "\"" + SecretMasker.escapeJson(value) + "\"";
    }
}
