package dev.fearless.engine.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jacoco.core.runtime.WildcardMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentIncludesTest {

    @TempDir
    Path dir;

    @Test
    void coversEachFolderOrJarWithItsTopmostPackagesAndTheUnnamedPackagesClassesByName() throws IOException {
        Path classes = dir.resolve("classes");
        touch(classes, "com/acme/shop/Cart.class", "com/acme/shop/pay/Card.class", "com/acme/stock/Item$Line.class",
                "Main.class", "Main$1.class", "META-INF/versions/11/org/other/Hidden.class", "com/acme/notes.txt");
        Path jar = jar("lib.jar", "com/acme/shop/extra/Coupon.class", "org/lib/Util.class", "module-info.class",
                "META-INF/MANIFEST.MF");

        List<String> includes = AgentIncludes.of(List.of(classes, jar, dir.resolve("missing")));

        assertThat(includes).containsExactly("com.acme.shop.*", "com.acme.stock.*", "org.lib.*", "Main", "Main$1");
        WildcardMatcher agent = new WildcardMatcher(String.join(":", includes));
        assertThat(List.of("com.acme.shop.Cart", "com.acme.shop.pay.Card", "com.acme.shop.extra.Coupon",
                "com.acme.stock.Item$Line", "org.lib.Util", "Main", "Main$1")).allMatch(agent::matches);
        assertThat(List.of("org.junit.jupiter.api.Test", "com.acme.Other", "org.other.Hidden", "MainTest"))
                .noneMatch(agent::matches);
    }

    @Test
    void aPackageBelowAnotherIsCoveredByIt() throws IOException {
        touch(dir.resolve("a"), "com/acme/Base.class");
        touch(dir.resolve("b"), "com/acme/shop/CartTest.class");

        assertThat(AgentIncludes.of(List.of(dir.resolve("b"), dir.resolve("a")))).containsExactly("com.acme.*");
    }

    /** Empty means every class, as without the option: never fewer classes than the tests need. */
    @Test
    void isEmptyWithoutClassesOrForANameTheOptionCannotCarry() throws IOException {
        touch(dir.resolve("empty"), "README.txt");
        touch(dir.resolve("odd"), "com/acme/Fine.class", "a,b.class");

        assertThat(AgentIncludes.of(List.of(dir.resolve("empty")))).isEmpty();
        assertThat(AgentIncludes.of(List.of())).isEmpty();
        assertThat(AgentIncludes.of(List.of(dir.resolve("odd")))).isEmpty();
        Files.writeString(dir.resolve("broken.jar"), "not a zip");
        assertThat(AgentIncludes.of(List.of(dir.resolve("broken.jar")))).isEmpty();
    }

    private static void touch(Path root, String... files) throws IOException {
        for (String file : files) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.createFile(path);
        }
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
