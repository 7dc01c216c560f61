package dev.fearless.internal.browser;

import java.nio.file.Path;
import java.util.Optional;

import dev.fearless.internal.settings.Settings;

/**
 * What the browser extension reads from the settings, once per test.
 *
 * @param headless   {@code fearless.browser.headless}, true unless set to {@code false}
 * @param executable {@code fearless.browser.executable}, a Chromium or Chrome binary
 * @param wsEndpoint {@code fearless.browser.wsEndpoint}, a remote Playwright server to connect to instead
 * @param baseUrl    the target's base URL, the context's {@code baseURL}
 * @param reportDir  {@code fearless.reportDir}, else {@code target/fearless}
 */
public record BrowserSettings(boolean headless, Optional<String> executable, Optional<String> wsEndpoint,
        Optional<String> baseUrl, Path reportDir) {

    public static final String HEADLESS = "fearless.browser.headless";
    public static final String EXECUTABLE = "fearless.browser.executable";
    public static final String WS_ENDPOINT = "fearless.browser.wsEndpoint";
    public static final String BASE_URL = "fearless.baseUrl";
    public static final String REPORT_DIR = "fearless.reportDir";

    public static BrowserSettings from(Settings settings) {
        return new BrowserSettings(
                !settings.get(HEADLESS).map("false"::equalsIgnoreCase).orElse(false),
                settings.get(EXECUTABLE),
                settings.get(WS_ENDPOINT),
                baseUrl(settings),
                settings.get(REPORT_DIR).map(Path::of).orElse(Path.of("target", "fearless")));
    }

    // Explicit settings first; BrowserExtension falls back to the shared TargetEnvironment (which reads fearless.yml).
    static Optional<String> baseUrl(Settings settings) {
        return settings.get(BASE_URL);
    }
}
