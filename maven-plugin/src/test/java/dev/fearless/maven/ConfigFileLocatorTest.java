package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileLocatorTest {

    @TempDir
    Path root;

    @Test
    void takesTheModulesOwnFileBeforeOneAbove() throws Exception {
        Path module = Files.createDirectories(root.resolve("services/orders"));
        Files.writeString(root.resolve("fearless.yml"), "gates: {}");
        Files.writeString(module.resolve("fearless.yml"), "gates: {}");

        assertThat(ConfigFileLocator.nearest(module, root)).contains(module.resolve("fearless.yml"));
    }

    @Test
    void findsTheNearestFileUpToTheBuildsRoot() throws Exception {
        Path module = Files.createDirectories(root.resolve("services/orders"));
        Files.writeString(root.resolve("fearless.yml"), "gates: {}");

        assertThat(ConfigFileLocator.nearest(module, root)).contains(root.resolve("fearless.yml"));
    }

    @Test
    void looksNoHigherThanTheBuildsRootNorAboveAModuleOutsideIt() throws Exception {
        Path build = Files.createDirectories(root.resolve("build"));
        Path module = Files.createDirectories(build.resolve("orders"));
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere/module"));
        Files.writeString(root.resolve("fearless.yml"), "gates: {}");

        assertThat(ConfigFileLocator.nearest(module, build)).isEmpty();
        assertThat(ConfigFileLocator.nearest(elsewhere, build)).isEmpty();
        assertThat(ConfigFileLocator.nearest(module, null)).isEmpty();
    }

    @Test
    void takesAsTheBuildsRootTheHighestFolderAboveTheModuleAmongItsParentsAndTheBuildsFolders() {
        Path module = Path.of("/work/shop/service");

        // mvn -f service/pom.xml from /work/shop, without .mvn: the parent POM's folder is the highest.
        assertThat(ConfigFileLocator.buildRoot(module, List.of(Path.of("/work/shop/service"), Path.of("/work/shop"))))
                .isEqualTo(Path.of("/work/shop"));
        // A folder the module is not in (another checkout, a repository's parent) does not count.
        assertThat(ConfigFileLocator.buildRoot(module, List.of(Path.of("/elsewhere"), Path.of("/work/shop/service"))))
                .isEqualTo(module);
        assertThat(ConfigFileLocator.buildRoot(module, List.of())).isEqualTo(module);
    }
}
