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

class SkippedTestClassesTest {

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
            List<SkippedTestClasses.Skipped> unloadable = SkippedTestClasses.find(List.of(classes),
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
            assertThat(SkippedTestClasses.find(List.of(classes), List.of(".*Check"), List.of(), loader))
                    .extracting(SkippedTestClasses.Skipped::className).containsExactly("p.BrokenCheck");
            assertThat(SkippedTestClasses.find(List.of(classes), List.of(), List.of(".*Broken.*"), loader))
                    .isEmpty();
        }
    }

    @Test
    void reportsTestClassesJUnitCannotReadForAMissingTypeInASignature() throws Exception {
        Path classes = compileWithoutTheirBase(Map.of(
                "p/ParameterTest.java", "package p; public class ParameterTest { public void t(Base b) { } }",
                "p/ReturnTest.java", "package p; public class ReturnTest { Base helper() { return null; } }",
                "p/InheritedTest.java", "package p; public class InheritedTest extends Fixture { }",
                "p/Fixture.java", "package p; public class Fixture { protected Base base() { return null; } }",
                "p/NestedTest.java", "package p; public class NestedTest { class Inner extends Base { } }",
                "p/AbstractBaseTest.java", "package p; public abstract class AbstractBaseTest { Base b() { return null; } }",
                "p/StaticHelperTest.java", "package p; public class StaticHelperTest { static class H { Base b() { return null; } } }",
                "p/FineTest.java", "package p; public class FineTest { public void t(String s) { } }",
                "p/CycleTest.java", "package p; public class CycleTest { public class Inner extends CycleTest { } }"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            List<SkippedTestClasses.Skipped> skipped = SkippedTestClasses.find(List.of(classes), List.of(), List.of(),
                    loader);

            // Not the abstract class (JUnit does not look into it), nor a static nested class's methods (no @Nested candidate).
            assertThat(skipped).extracting(SkippedTestClasses.Skipped::className).containsExactlyInAnyOrder(
                    "p.ParameterTest", "p.ReturnTest", "p.InheritedTest", "p.NestedTest");
            assertThat(skipped).allSatisfy(test -> assertThat(test.message())
                    .startsWith("the test class " + test.className() + " could not be read by JUnit (a type that it"
                            + " or its nested classes use is missing), so none of its tests ran: ")
                    .contains("NoClassDefFoundError: p/Base"));
        }
    }

    @Test
    void reportsATestClassShadowedByOneOfTheSameNameEarlierOnTheClassPath() throws Exception {
        Path stale = compile(Map.of("p/CartTest.java", "package p; public class CartTest { }"), "stale");
        Path current = compile(Map.of("p/CartTest.java", "package p; public class CartTest { public void t() { } }",
                "p/OtherTest.java", "package p; public class OtherTest { }"), "current");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {stale.toUri().toURL(), current.toUri().toURL()},
                null)) {
            assertThat(SkippedTestClasses.find(List.of(current), List.of(), List.of(), loader)).singleElement()
                    .satisfies(test -> assertThat(test.message()).isEqualTo("the test class p.CartTest in "
                            + current.toRealPath() + " is shadowed by the class of the same name in "
                            + stale.toRealPath() + ", earlier on the class path, so none of its tests ran; remove the"
                            + " stale copy or rename one of them"));
            assertThat(SkippedTestClasses.find(List.of(stale, current), List.of(), List.of(), loader))
                    .as("the same class in two scan roots: the second copy never runs").singleElement()
                    .extracting(SkippedTestClasses.Skipped::className).isEqualTo("p.CartTest");
        }
    }

    @Test
    void reportsTestClassesInAFolderALinkLeadsTo() throws Exception {
        Path elsewhere = compile(Map.of("u/LinkedTest.java", "package u; public class LinkedTest { }",
                "v/FineTest.java", "package v; public class FineTest { }"), "elsewhere");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(root.resolve("u"), elsewhere.resolve("u"));
        Files.move(elsewhere.resolve("v"), root.resolve("v"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertThat(SkippedTestClasses.find(List.of(root), List.of(), List.of(), loader)).singleElement()
                    .satisfies(test -> assertThat(test.message()).isEqualTo("the test class u.LinkedTest is in a"
                            + " folder of " + root + " that a symbolic link leads to, and JUnit's class path scan"
                            + " does not follow links, so none of its tests ran; put the folder itself there instead"
                            + " of a link"));
        }
    }

    @Test
    void reportsJUnit4TestsOnlyWhenNoVintageEngineRunsThem() throws Exception {
        Map<String, String> sources = Map.of(
                "org/junit/Test.java", "package org.junit; @java.lang.annotation.Retention("
                        + "java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Test { }",
                "p/LegacyTest.java", "package p; public class LegacyTest { @org.junit.Test public void old() { } }",
                "p/PlainTest.java", "package p; public class PlainTest { public void t() { } }");
        Path classes = compile(sources);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(SkippedTestClasses.find(List.of(classes), List.of("p\\..*"), List.of(), loader))
                    .singleElement().satisfies(test -> assertThat(test.message()).isEqualTo("the test class"
                            + " p.LegacyTest has JUnit 4 tests (@org.junit.Test), but no JUnit Vintage engine is on"
                            + " the class path, so none of them ran; add org.junit.vintage:junit-vintage-engine, or"
                            + " move them to JUnit Jupiter"));
        }
        Path vintage = classes.resolve("org/junit/vintage/engine/VintageTestEngine.class");
        Files.createDirectories(vintage.getParent());
        Files.write(vintage, new byte[0]);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(SkippedTestClasses.find(List.of(classes), List.of("p\\..*"), List.of(), loader)).isEmpty();
        }
    }

    @Test
    void theCheckOnItsOwnThreadReportsEachSkippedClassOnceAsAFailedTest() throws Exception {
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
        assertThat(readString(in)).isEqualTo(SkippedTestClasses.TestClassNotRun.class.getName());
        assertThat(readString(in)).contains("the test class p.BrokenTest could not be loaded").contains("p/Base");
        readString(in);
        assertThat(readString(in)).as("no output of its own").isNull();
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
        return compile(sources, "classes");
    }

    private Path compile(Map<String, String> sources, String folder) throws Exception {
        Path src = dir.resolve("src-" + folder);
        Path classes = dir.resolve(folder);
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
