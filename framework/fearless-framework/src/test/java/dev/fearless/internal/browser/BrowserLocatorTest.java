package dev.fearless.internal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserLocatorTest {
    @TempDir
    Path dir;

    @Test
    void theConfiguredExecutableComesFirst() throws IOException {
        Path configured = executable("my-chrome");
        Path installed = executable("chromium");

        Optional<Path> found = new BrowserLocator(List.of(installed), Optional.empty())
                .locate(Optional.of(configured.toString()));

        assertThat(found).contains(configured);
    }

    @Test
    void aConfiguredExecutableThatIsMissingFailsNamingIt() {
        BrowserLocator locator = new BrowserLocator(List.of(), Optional.empty());

        assertThatThrownBy(() -> locator.locate(Optional.of("/nonexistent/chrome")))
                .isInstanceOf(NoBrowserException.class)
                .hasMessage("No browser: install Debian's chromium (apt-get install chromium) or set "
                        + "fearless.browser.executable to a Chromium or Chrome binary "
                        + "(fearless.browser.executable=/nonexistent/chrome is not an executable file)");
    }

    @Test
    void takesTheFirstInstalledBrowserInOrder() throws IOException {
        Path chromiumBrowser = executable("chromium-browser");
        Path chrome = executable("google-chrome");

        Optional<Path> found = new BrowserLocator(List.of(dir.resolve("chromium"), chromiumBrowser, chrome),
                Optional.empty()).locate(Optional.empty());

        assertThat(found).contains(chromiumBrowser);
    }

    @Test
    void skipsFilesThatAreNotExecutable() throws IOException {
        Path notExecutable = Files.createFile(dir.resolve("chromium"));
        Path chrome = executable("google-chrome");

        Optional<Path> found = new BrowserLocator(List.of(notExecutable, chrome), Optional.empty())
                .locate(Optional.empty());

        assertThat(found).contains(chrome);
    }

    @Test
    void fallsBackToAChromiumPlaywrightInstalled() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("ms-playwright").resolve("chromium-1234"));

        Optional<Path> found = new BrowserLocator(List.of(dir.resolve("chromium")), Optional.of(cache.getParent()))
                .locate(Optional.empty());

        assertThat(found).isEmpty();
    }

    @Test
    void withNoBrowserAnywhereSaysWhatToInstallOrSet() throws IOException {
        Path emptyCache = Files.createDirectories(dir.resolve("ms-playwright"));
        BrowserLocator locator = new BrowserLocator(List.of(dir.resolve("chromium")), Optional.of(emptyCache));

        assertThatThrownBy(() -> locator.locate(Optional.empty()))
                .isInstanceOf(NoBrowserException.class)
                .hasMessage("No browser: install Debian's chromium (apt-get install chromium) or set "
                        + "fearless.browser.executable");
    }

    private Path executable(String name) throws IOException {
        Path file = Files.createFile(dir.resolve(name));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
