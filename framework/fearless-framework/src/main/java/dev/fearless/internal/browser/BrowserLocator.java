package dev.fearless.internal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a Chromium without downloading one: the configured executable, else an installed Chromium or Chrome, else a
 * browser Playwright installed earlier. Playwright is never asked to download one.
 */
public final class BrowserLocator {
    public static final String NO_BROWSER =
            "No browser: install Debian's chromium (apt-get install chromium) or set " + BrowserSettings.EXECUTABLE;

    static final List<Path> INSTALLED = List.of(
            Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"),
            Path.of("/usr/bin/google-chrome-stable"));

    private final List<Path> installed;
    private final Optional<Path> playwrightBrowsers;

    BrowserLocator(List<Path> installed, Optional<Path> playwrightBrowsers) {
        this.installed = List.copyOf(installed);
        this.playwrightBrowsers = playwrightBrowsers;
    }

    /** Looks where this machine keeps browsers. */
    public static BrowserLocator forThisMachine() {
        return new BrowserLocator(INSTALLED, playwrightBrowsersFolder());
    }

    /**
     * @param configured the value of {@code fearless.browser.executable}, if set
     * @return the executable to launch, or empty for Playwright's own installed Chromium
     * @throws NoBrowserException when there is none
     */
    public Optional<Path> locate(Optional<String> configured) {
        if (configured.isPresent()) {
            Path path = Path.of(configured.get());
            if (!Files.isExecutable(path) || Files.isDirectory(path)) {
                throw new NoBrowserException(NO_BROWSER + " to a Chromium or Chrome binary ("
                        + BrowserSettings.EXECUTABLE + "=" + path + " is not an executable file)");
            }
            return Optional.of(path);
        }
        Optional<Path> found = installed.stream().filter(p -> Files.isExecutable(p) && !Files.isDirectory(p)).findFirst();
        if (found.isPresent()) {
            return found;
        }
        if (playwrightBrowsers.filter(BrowserLocator::holdsChromium).isPresent()) {
            return Optional.empty();
        }
        throw new NoBrowserException(NO_BROWSER);
    }

    private static boolean holdsChromium(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith("chromium"));
        } catch (IOException e) {
            return false;
        }
    }

    // Where Playwright keeps the browsers it installed (its documented PLAYWRIGHT_BROWSERS_PATH and default caches).
    private static Optional<Path> playwrightBrowsersFolder() {
        String configured = System.getenv("PLAYWRIGHT_BROWSERS_PATH");
        if (configured != null && !configured.isBlank() && !"0".equals(configured)) {
            return Optional.of(Path.of(configured));
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Optional.ofNullable(System.getenv("LOCALAPPDATA")).map(d -> Path.of(d, "ms-playwright"));
        }
        if (os.contains("mac")) {
            return Optional.of(Path.of(home, "Library", "Caches", "ms-playwright"));
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        return Optional.of(cache != null && !cache.isBlank() ? Path.of(cache, "ms-playwright")
                : Path.of(home, ".cache", "ms-playwright"));
    }
}
