package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
