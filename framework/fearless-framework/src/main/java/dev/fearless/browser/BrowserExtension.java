package dev.fearless.browser;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

import dev.fearless.internal.allure.AllureAttachments;
import dev.fearless.internal.browser.BrowserLocator;
import dev.fearless.internal.browser.BrowserSession;
import dev.fearless.internal.browser.BrowserSettings;
import dev.fearless.internal.browser.NoBrowserException;
import dev.fearless.internal.browser.SharedBrowser;
import dev.fearless.internal.settings.Settings;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a Playwright {@link Page} and {@link BrowserContext} of its own, in one Chromium shared by the
 * whole run. Registered by {@link dev.fearless.api.E2ETest}; register it yourself with
 * {@code @ExtendWith(BrowserExtension.class)} elsewhere.
 *
 * <pre>{@code
 * @E2ETest
 * void signInShowsTheUsersName(Page page) {
 *     page.navigate("./");                                 // the target: fearless.baseUrl
 *     page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
 *     assertThat(page.getByTestId("user")).hasText("Ada"); // PlaywrightAssertions: waits, no sleeps
 * }
 * }</pre>
 *
 * <ul>
 * <li>The browser: {@code fearless.browser.executable}, else an installed Chromium or Chrome
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromium-browser}, {@code /usr/bin/google-chrome}), else a Chromium that
 * Playwright installed earlier. Playwright never downloads one. None: the test fails with
 * "No browser: install Debian's chromium (apt-get install chromium) or set fearless.browser.executable".
 * {@code fearless.browser.wsEndpoint} connects to a remote Playwright server instead.</li>
 * <li>Headless unless {@code fearless.browser.headless=false}.</li>
 * <li>The context's {@code baseURL} is {@code fearless.baseUrl} (with a {@code /} added at its end), and Playwright
 * resolves a path against it as a browser resolves a link: {@code page.navigate("cart")} opens the target's
 * {@code cart} page, {@code page.navigate("./")} the target itself, below a base URL's own path
 * ({@code https://host/shop/cart}). A path with a leading {@code /} starts at the host's root, so
 * {@code page.navigate("/")} opens the target only when its base URL has no path.</li>
 * <li>On failure (of the test, or of its {@code @BeforeEach} or {@code @AfterEach} method) a screenshot and a
 * Playwright trace ({@code npx playwright show-trace trace.zip}), the run's secrets masked in it, are saved in
 * {@code <fearless.reportDir>/browser/<test class>/<test>/} (default {@code target/fearless}) and attached to the
 * Allure result.</li>
 * </ul>
 * Settings are JUnit configuration parameters, system properties or environment variables
 * ({@code FEARLESS_BROWSER_HEADLESS}, ...). Playwright objects are not thread-safe: run browser tests sequentially.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback,
        LifecycleMethodExecutionExceptionHandler {
    private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);
    private static final System.Logger LOG = System.getLogger(BrowserExtension.class.getName());
    private static final Pattern INVOCATION = Pattern.compile("#(\\d+)]$");
    private static final String SAVED = "failure saved";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == BrowserContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("A " + parameter.getParameter().getType().getSimpleName()
                    + " belongs to one test: take it in a test or @BeforeEach method, not in a constructor or @BeforeAll");
        }
        BrowserSession session;
        try {
            session = session(context);
        } catch (NoBrowserException e) {
            // Its own message, not JUnit's "Failed to resolve parameter ..." around it: the fix is what the user needs.
            ParameterResolutionException failure = new ParameterResolutionException(e.getMessage());
            if (e.getCause() != null) {
                failure.initCause(e.getCause());
            }
            throw failure;
        }
        return parameter.getParameter().getType() == Page.class ? session.page() : session.context();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isPresent()) {
            saveFailure(context);
        }
    }

    /** A sign-in in {@code @BeforeEach} that fails leaves its screenshot and trace too: the test never runs. */
    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw savingFailure(context, throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw savingFailure(context, throwable);
    }

    /** {@code failure} after saving the test's screenshots and trace; what went wrong saving them is added to it. */
    private static Throwable savingFailure(ExtensionContext context, Throwable failure) {
        try {
            saveFailure(context);
        } catch (IOException | RuntimeException e) {
            // The test's own failure is what must be reported: a sign-in's, not the trace's.
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** Saves the test's screenshots and trace once, if it has a browser session, and attaches them to Allure. */
    private static void saveFailure(ExtensionContext context) throws IOException {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        BrowserSession session = store.get(BrowserSession.class, BrowserSession.class);
        if (session == null || store.get(SAVED) != null) {
            return;
        }
        store.put(SAVED, Boolean.TRUE);
        Path folder = failureFolder(context);
        List<Path> files;
        try {
            files = session.saveFailure(folder);
        } catch (PlaywrightException e) {
            // The test's own failure is what matters; a browser that died with it leaves no artifacts.
            LOG.log(Level.WARNING, "Fearless browser: no screenshot or trace for " + context.getUniqueId() + ": "
                    + e.getMessage());
            return;
        }
        LOG.log(Level.INFO, "Fearless browser: screenshot and trace of the failed test in " + folder);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".png")) {
                AllureAttachments.attach("Screenshot " + name, "image/png", file);
            } else {
                AllureAttachments.attach("Playwright trace " + name, "application/zip", file);
            }
        }
    }

    /** The base URL of the shared target environment (it also reads fearless.yml), when one is configured. */
    private static java.util.Optional<String> targetBaseUrl(ExtensionContext context) {
        try {
            return java.util.Optional.of(dev.fearless.internal.junit.FearlessExtension.target(context).baseUrl()
                    .toString());
        } catch (dev.fearless.target.TargetConfigurationException e) {
            // A browser test may navigate to absolute URLs only: no target is fine, a broken one is not.
            if (e.isMissingTarget()) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    private static BrowserSession session(ExtensionContext context) {
        BrowserSettings settings = BrowserSettings.from(Settings.of(context));
        SharedBrowser browser = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SharedBrowser.class,
                key -> SharedBrowser.launch(settings, BrowserLocator.forThisMachine()), SharedBrowser.class);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(BrowserSession.class,
                key -> browser.newSession(settings.baseUrl().or(() -> targetBaseUrl(context))), BrowserSession.class);
    }

    private static Path failureFolder(ExtensionContext context) {
        String test = context.getTestMethod().map(Method::getName).orElse(context.getDisplayName());
        Matcher invocation = INVOCATION.matcher(context.getUniqueId());
        if (invocation.find()) {
            test += "[" + invocation.group(1) + "]";
        }
        Path reportDir = BrowserSettings.from(Settings.of(context)).reportDir();
        return reportDir.resolve("browser").resolve(context.getRequiredTestClass().getName()).resolve(test);
    }
}
