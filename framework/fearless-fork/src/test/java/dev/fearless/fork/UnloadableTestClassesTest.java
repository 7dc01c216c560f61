package dev.fearless.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnloadableTestClassesTest {

    @TempDir
    Path dir;

    @Test
    void reportsOnlyTestClassesThatCannotBeLoadedUnderTheirOwnName() throws Exception {
        Path classes = compile(Map.of(
                "p/Base.java", "package p; public class Base { }",
                "p/BrokenTest.java", "package p; public class BrokenTest extends Base { }",
                "p/FineTest.java", "package p; public class FineTest { }",
                "p/Helper.java", "package p; public class Helper extends Base { }"));
        // The superclass is gone: BrokenTest cannot load; Helper neither, but it is not named like a test.
        Files.delete(classes.resolve("p/Base.class"));
        // Class files whose path is not their package's: JUnit skips them, and so does the check.
        Files.createDirectories(classes.resolve("q"));
        Files.copy(classes.resolve("p/FineTest.class"), classes.resolve("q/MovedTest.class"));
        Files.createDirectories(classes.resolve("META-INF/versions/11/p"));
        Files.copy(classes.resolve("p/BrokenTest.class"), classes.resolve("META-INF/versions/11/p/BrokenTest.class"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            List<UnloadableTestClasses.Unloadable> unloadable = UnloadableTestClasses.find(List.of(classes),
                    List.of(), List.of(), loader);

            assertThat(unloadable).singleElement().satisfies(test -> {
                assertThat(test.className()).isEqualTo("p.BrokenTest");
                assertThat(test.cause()).isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("p/Base");
            });
        }
    }

    @Test
    void followsTheStepsClassNamePatterns() throws Exception {
        Path classes = compileWithoutTheirBase(Map.of(
                "p/BrokenCheck.java", "package p; public class BrokenCheck extends Base { }",
                "p/BrokenTest.java", "package p; public class BrokenTest extends Base { }"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(UnloadableTestClasses.find(List.of(classes), List.of(".*Check"), List.of(), loader))
                    .extracting(UnloadableTestClasses.Unloadable::className).containsExactly("p.BrokenCheck");
            assertThat(UnloadableTestClasses.find(List.of(classes), List.of(), List.of(".*Broken.*"), loader))
                    .isEmpty();
        }
    }

    @Test
    void theCheckOnItsOwnThreadReportsEachUnloadableClassOnceAsAFailedTest() throws Exception {
        Path classes = compileWithoutTheirBase(Map.of(
                "p/BrokenTest.java", "package p; public class BrokenTest extends Base { }",
                "p/FineTest.java", "package p; public class FineTest { }"));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
                EventWriter events = new EventWriter(stream)) {
            TestClassCheck check = TestClassCheck.start(List.of(classes), List.of(), List.of(), loader)
                    .reportingTo(events);
            // JUnit's test plan start, then ForkMain's call after the run: the second one must not report again.
            check.testPlanExecutionStarted(null);
            check.report();
            events.flushQuietly();
        }

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(stream.toByteArray()));
        assertThat(in.readByte()).isEqualTo(ForkProtocol.FOUND_MORE);
        assertThat(in.readLong()).isEqualTo(1);
        assertThat(in.readByte()).isEqualTo(ForkProtocol.RESULT);
        assertThat(in.readInt()).as("no test id: it never started").isEqualTo(-1);
        assertThat(readString(in)).isEqualTo("[class:p.BrokenTest]/[initializationError]");
        assertThat(readString(in)).isEqualTo("p.BrokenTest");
        assertThat(readString(in)).isEqualTo("initializationError");
        assertThat(readString(in)).isEqualTo("p.BrokenTest");
        assertThat(in.readByte()).isEqualTo(ForkProtocol.FAILED);
        in.readLong();
        assertThat(readString(in)).isEqualTo(UnloadableTestClasses.TestClassNotLoaded.class.getName());
        assertThat(readString(in)).contains("the test class p.BrokenTest could not be loaded").contains("p/Base");
        readString(in);
        assertThat(in.available()).as("nothing after the one result").isZero();
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Compiles the sources with a class {@code p.Base}, then deletes it: a class that extends it cannot load. */
    private Path compileWithoutTheirBase(Map<String, String> sources) throws Exception {
        Map<String, String> all = new HashMap<>(sources);
        all.put("p/Base.java", "package p; public class Base { }");
        Path classes = compile(all);
        Files.delete(classes.resolve("p/Base.class"));
        return classes;
    }

    private Path compile(Map<String, String> sources) throws Exception {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .as("compiles").isZero();
        return classes;
    }
}
