package dev.fearless.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import dev.fearless.api.E2ETest;
import dev.fearless.internal.browser.BrowserLocator;
import dev.fearless.testsupport.AllureResults;
import dev.fearless.testsupport.ForkedRun;
import dev.fearless.testsupport.PlaywrightServer;
import dev.fearless.testsupport.TestSite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Real Chromium, real pages served on loopback; nested classes are run through EngineTestKit or a forked JVM. */
class BrowserExtensionTest {
    private static TestSite site;

    @BeforeAll
    static void startSite() throws IOException {
        site = TestSite.start();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @E2ETest
    void injectsAPageThatClicksAndSeesTheScriptsChange(Page page) {
        page.navigate(site.url() + "/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go")).click();

        assertThat(page.locator("#status")).hasText("Done");
    }

    @E2ETest
    void thePageBelongsToTheInjectedContext(Page page, BrowserContext context) {
        assertThat(context.pages()).containsExactly(page);
    }

    @Test
    void navigatesRelativeToTheBaseUrl() {
        Events tests = kit(NavigatesRelative.class).configurationParameter("fearless.baseUrl", site.url())
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void navigatesBelowTheBaseUrlsOwnPathAsApiAndHealthDo() {
        Events tests = kit(NavigatesBelowAPath.class).configurationParameter("fearless.baseUrl", site.url() + "/shop")
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void givesEachTestAFreshContext() {
        Events tests = kit(SharesNothing.class).configurationParameter("fearless.baseUrl", site.url())
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void aFailingTestLeavesAScreenshotAndATraceInTheReportFolder(@TempDir Path reportDir) throws IOException {
        Events tests = kit(FailsOnPurpose.class)
                .configurationParameter("fearless.baseUrl", site.url())
                .configurationParameter("fearless.reportDir", reportDir.toString())
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).failed(1));
        Path folder = reportDir.resolve("browser").resolve(FailsOnPurpose.class.getName()).resolve("statusSaysNever");
        assertThat(Files.readAllBytes(folder.resolve("screenshot.png"))).startsWith(0x89, 'P', 'N', 'G');
        try (ZipFile trace = new ZipFile(folder.resolve("trace.zip").toFile())) {
            assertThat(trace.stream().map(e -> e.getName())).contains("trace.trace");
        }
    }

    @Test
    void aSignInThatFailsInBeforeEachLeavesATraceWithoutThePasswordItTyped(@TempDir Path reportDir)
            throws IOException {
        Events tests = kit(SignsInBeforeEachAndFails.class)
                .configurationParameter("fearless.baseUrl", site.url())
                .configurationParameter("fearless.reportDir", reportDir.toString())
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).failed(1));
        Path folder = reportDir.resolve("browser").resolve(SignsInBeforeEachAndFails.class.getName())
                .resolve("neverRuns");
        assertThat(Files.readAllBytes(folder.resolve("screenshot.png"))).startsWith(0x89, 'P', 'N', 'G');
        try (ZipFile trace = new ZipFile(folder.resolve("trace.zip").toFile())) {
            String actions = new String(trace.getInputStream(trace.getEntry("trace.trace")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(actions).contains("\"****\"").doesNotContain(SignsInBeforeEachAndFails.PASSWORD)
                    .doesNotContain("S3cret\\\\Passw0rd");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("screenshot.png",
                    "trace.zip");
        }
    }

    @Test
    void aFailingTestAttachesTheScreenshotAndTraceToAllure(@TempDir Path work) throws Exception {
        Path allure = work.resolve("allure-results");
        ForkedRun fork = ForkedRun.run(FailsOnPurpose.class, Map.of(
                "allure.results.directory", allure.toString(),
                "fearless.reportDir", work.resolve("report").toString(),
                "fearless.baseUrl", site.url()), work);

        assertThat(fork.exitCode()).as(fork.output()).isEqualTo(1);
        JsonNode result = AllureResults.byMethod(AllureResults.read(allure), "statusSaysNever");
        assertThat(result.path("status").asText()).isEqualTo("failed");
        List<JsonNode> attachments = List.copyOf(result.findValues("attachments").stream()
                .flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false)).toList());
        assertThat(attachments).extracting(a -> a.path("type").asText())
                .contains("image/png", "application/zip");
        for (JsonNode attachment : attachments) {
            assertThat(allure.resolve(attachment.path("source").asText())).isNotEmptyFile();
        }
    }

    @Test
    void connectsToARemotePlaywrightServerInsteadOfLaunchingOne(@TempDir Path work) throws Exception {
        Path chromium = BrowserLocator.forThisMachine().locate(Optional.empty()).orElseThrow();
        try (PlaywrightServer server = PlaywrightServer.start(chromium, work)) {
            Events tests = kit(NavigatesRelative.class)
                    .configurationParameter("fearless.baseUrl", site.url())
                    .configurationParameter("fearless.browser.wsEndpoint", server.wsEndpoint())
                    // Would fail the test if a local browser were launched.
                    .configurationParameter("fearless.browser.executable", "/nonexistent/chromium")
                    .execute().testEvents();

            tests.assertStatistics(stats -> stats.started(1).succeeded(1));
        }
    }

    @Test
    void withoutABrowserTheTestFailsSayingWhatToInstallOrSet() {
        Events tests = kit(NavigatesRelative.class)
                .configurationParameter("fearless.browser.executable", "/nonexistent/chromium")
                .execute().testEvents();

        tests.assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.startsWith("No browser: install Debian's chromium (apt-get install chromium) or set "
                        + "fearless.browser.executable") && !m.contains("\n")))));
    }

    private static EngineTestKit.Builder kit(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture));
    }

    static class NavigatesBelowAPath {
        @E2ETest
        void opensTheShop(Page page) {
            page.navigate("./");
            assertThat(page).hasTitle(TestSite.SHOP_TITLE);
        }
    }

    static class NavigatesRelative {
        @E2ETest
        void opensTheSitesHomePage(Page page) {
            page.navigate("/");
            assertThat(page).hasTitle("Fearless test site");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SharesNothing {
        @E2ETest
        @Order(1)
        void setsACookie(Page page) {
            page.navigate("/");
            page.evaluate("document.cookie = 'seen=yes; path=/'");
            org.assertj.core.api.Assertions.assertThat(page.context().cookies()).hasSize(1);
        }

        @E2ETest
        @Order(2)
        void seesNoCookie(BrowserContext context) {
            org.assertj.core.api.Assertions.assertThat(context.cookies()).isEmpty();
        }
    }

    @E2ETest
    static class SignsInBeforeEachAndFails {
        /** With a quote and a backslash, which the trace's JSON escapes. */
        static final String PASSWORD = "Sup3r\"S3cret\\Passw0rd-typed";

        @BeforeEach
        void signIn(Page page) {
            page.navigate("/");
            page.getByLabel("Your name").fill(dev.fearless.target.Secret.of(PASSWORD).reveal());
            assertThat(page.locator("#status")).hasText("Signed in",
                    new LocatorAssertions.HasTextOptions().setTimeout(1_000));
        }

        @Test
        void neverRuns() {
        }
    }

    static class FailsOnPurpose {
        @E2ETest
        void statusSaysNever(Page page) {
            page.navigate("/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go")).click();
            assertThat(page.locator("#status")).hasText("Never", new LocatorAssertions.HasTextOptions().setTimeout(1_000));
        }
    }
}
