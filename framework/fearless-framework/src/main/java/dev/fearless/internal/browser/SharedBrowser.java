package dev.fearless.internal.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

/**
 * One Playwright and one Chromium for a whole test run; each test gets its own {@link BrowserSession} from it.
 * Closed by JUnit when the root extension context ends.
 */
public final class SharedBrowser implements AutoCloseable {
    private static final String PLAYWRIGHT_MESSAGE = "message='";
    private static final Pattern PROCESS_EXIT = Pattern.compile("<process did exit: [^>]*>");

    /** Flags a headless Chromium needs in a container or CI machine, and that keep it from calling home. */
    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private SharedBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * Connects to {@code fearless.browser.wsEndpoint} when set, else launches a local Chromium found by the locator.
     *
     * @throws NoBrowserException when there is no browser, or it does not start
     */
    public static SharedBrowser launch(BrowserSettings settings, BrowserLocator locator) {
        if (settings.wsEndpoint().isPresent()) {
            String endpoint = settings.wsEndpoint().get();
            return start(playwright -> playwright.chromium().connect(endpoint),
                    "Playwright server " + BrowserSettings.WS_ENDPOINT + "=" + endpoint);
        }
        Optional<Path> executable = locator.locate(settings.executable());
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(settings.headless())
                .setArgs(FLAGS);
        executable.ifPresent(options::setExecutablePath);
        return start(playwright -> playwright.chromium().launch(options),
                executable.map(p -> "Chromium at " + p).orElse("Playwright's installed Chromium"));
    }

    private static SharedBrowser start(Function<Playwright, Browser> open, String what) {
        Playwright playwright;
        try {
            // Set in code, not left to the user's shell: Playwright must never download a browser (its driver reads
            // this map before it would run its "install" command).
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        } catch (PlaywrightException e) {
            throw new NoBrowserException("Playwright's driver did not start: " + firstLine(e.getMessage()), e);
        }
        try {
            return new SharedBrowser(playwright, open.apply(playwright));
        } catch (PlaywrightException e) {
            playwright.close();
            throw new NoBrowserException(what + " did not start: " + firstLine(e.getMessage())
                    + " (set " + BrowserSettings.EXECUTABLE + " to a working Chromium)", e);
        }
    }

    /** A fresh context (cookies, storage, tracing) for one test. */
    public BrowserSession newSession(Optional<String> baseUrl) {
        Browser.NewContextOptions options = new Browser.NewContextOptions();
        baseUrl.map(SharedBrowser::contextBaseUrl).ifPresent(options::setBaseURL);
        return new BrowserSession(browser.newContext(options));
    }

    /**
     * The base URL as the browser's context takes it: ending in {@code /}, so that a relative path stays below a base
     * URL's own path, as it does for {@code Api} and {@code Health} ({@code https://host/shop} and {@code cart} give
     * {@code https://host/shop/cart}; without the slash the browser would drop {@code shop}).
     */
    static String contextBaseUrl(String baseUrl) {
        return baseUrl.endsWith("/") || baseUrl.contains("?") || baseUrl.contains("#") ? baseUrl : baseUrl + "/";
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /**
     * The first line of what Playwright says, inside its {@code Error { message='...' }} wrapper, whose own first line
     * says nothing; with how the browser's process ended, when its log says.
     */
    static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        String text = message.strip();
        int inner = text.indexOf(PLAYWRIGHT_MESSAGE);
        if (text.startsWith("Error {") && inner >= 0) {
            text = text.substring(inner + PLAYWRIGHT_MESSAGE.length());
        }
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("no message");
        Matcher exit = PROCESS_EXIT.matcher(message);
        return exit.find() ? line + " (" + exit.group() + ")" : line;
    }
}
