package dev.fearless.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import dev.fearless.engine.Layer;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.TestStatus;
import dev.fearless.engine.Verdict;
import dev.fearless.engine.config.StepDefinition;

/** Opens report.html in the machine's headless Chromium: what people see, with no request beyond the file. */
class HtmlReportBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";

    private static Playwright playwright;
    private static Browser browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void startChromium() {
        assertThat(Path.of(CHROMIUM)).as("Chromium for the HTML report's test; install it with"
                + " apt-get install -y chromium (Debian's package; Playwright must not download one)").isExecutable();
        // The Debian package's Chromium; Playwright must never download a browser of its own.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void showsTheStopDecisionAndTheFailingRuleWithoutAnyRequestOrConsoleError() throws Exception {
        Path html = writeReportOfAStop();
        String url = html.toUri().toString();

        try (Page page = browser.newPage()) {
            List<String> consoleErrors = new ArrayList<>();
            List<String> requests = new ArrayList<>();
            List<String> dialogs = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    consoleErrors.add(message.text());
                }
            });
            page.onRequest(request -> requests.add(request.url()));
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });

            page.navigate(url);

            Locator decision = page.locator("#decision");
            assertThat(decision.isVisible()).isTrue();
            assertThat(decision.textContent()).isEqualTo("STOP");
            assertThat(page.locator("#reason").textContent()).isEqualTo("step unit: " + Verdicts.COVERAGE_MESSAGE);
            Locator failingRule = page.locator("#rules tr.fail");
            assertThat(failingRule.count()).isEqualTo(1);
            assertThat(failingRule.isVisible()).isTrue();
            assertThat(failingRule.innerText()).contains("coverage.line", "0.8500", "0.5000", "FAIL",
                    Verdicts.COVERAGE_MESSAGE);
            // The header is red: the decision reads at a glance.
            assertThat(decision.evaluate("e => getComputedStyle(e.parentElement).backgroundColor"))
                    .isEqualTo("rgb(207, 34, 46)");

            // A failure's stack trace is folded until its summary is clicked; the test's markup stays text.
            Locator failure = page.locator("#failures details").first();
            Locator stack = failure.locator("pre");
            assertThat(stack.isVisible()).isFalse();
            failure.locator("summary").click();
            assertThat(stack.isVisible()).isTrue();
            assertThat(stack.textContent()).contains("<img src=x onerror=alert(1)>", "at com.example.CartTest");
            assertThat(page.locator("script, img, iframe, link, object").count()).isZero();
            assertThat(page.locator("svg#chart-tests rect").count()).isGreaterThan(0);

            assertThat(consoleErrors).isEmpty();
            assertThat(dialogs).isEmpty();
            assertThat(requests).containsExactly(url);
        }
    }

    private Path writeReportOfAStop() {
        StepDefinition unit = StepDefinition.of(Layer.UNIT);
        try (ReportWriters reports = new ReportWriters(dir, name -> null)) {
            reports.gateStarted("predeploy", List.of(unit));
            reports.testFinished(unit, new TestResult("[engine:x]/[method:addsItems()]", "com.example.CartTest",
                    "addsItems()", "addsItems()", TestStatus.FAILED, 12, "org.opentest4j.AssertionFailedError",
                    "expected: <2> but was: <3> <img src=x onerror=alert(1)>",
                    "org.opentest4j.AssertionFailedError: expected: <2> but was: <3> <img src=x onerror=alert(1)>\n"
                            + "\tat com.example.CartTest.addsItems(CartTest.java:42)\n"));
            reports.testFinished(unit, new TestResult("[engine:x]/[method:needsNetwork()]", "com.example.CartTest",
                    "needsNetwork()", "needsNetwork()", TestStatus.ABORTED, 1, "org.opentest4j.TestAbortedException",
                    "</pre><script>alert('x')</script>", null));
            Verdict stop = Verdicts.stop();
            stop.steps().forEach(step -> reports.stepFinished(unit, step));
            reports.gateFinished(stop);
            reports.checkWritten();
        }
        return dir.resolve("report.html");
    }
}
