package dev.fearless.internal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Tracing;

/**
 * One test's browser context: traced from the start, so a failure can leave a trace; closed when the test ends.
 */
public final class BrowserSession implements AutoCloseable {
    private final BrowserContext context;
    private Page page;
    private boolean tracing;

    BrowserSession(BrowserContext context) {
        this.context = context;
        context.tracing().start(new Tracing.StartOptions().setScreenshots(true).setSnapshots(true));
        this.tracing = true;
    }

    public BrowserContext context() {
        return context;
    }

    /** The test's page, opened on first use; every {@code Page} parameter of one test is this same page. */
    public Page page() {
        if (page == null) {
            page = context.newPage();
        }
        return page;
    }

    /**
     * Writes a PNG screenshot of each open page ({@code screenshot.png}, {@code screenshot-2.png}, ...) and the
     * trace ({@code trace.zip}), its secrets masked ({@link TraceMasking}), into the folder.
     *
     * @return the files written, screenshots first
     */
    public List<Path> saveFailure(Path folder) throws java.io.IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        List<Page> pages = context.pages();
        for (int i = 0; i < pages.size(); i++) {
            Path file = folder.resolve(i == 0 ? "screenshot.png" : "screenshot-" + (i + 1) + ".png");
            try {
                pages.get(i).screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                written.add(file);
            } catch (PlaywrightException e) {
                // A crashed or closed page has no picture; the trace below still shows what happened.
            }
        }
        Path trace = folder.resolve("trace.zip");
        // Playwright writes the trace as recorded, secrets and all: to a temporary file, which only its masked copy
        // leaves, so that a failed masking leaves no trace rather than one in plain text.
        Path recorded = folder.resolve(".trace-recorded.zip");
        tracing = false;
        try {
            context.tracing().stop(new Tracing.StopOptions().setPath(recorded));
            TraceMasking.mask(recorded, trace);
        } finally {
            Files.deleteIfExists(recorded);
        }
        written.add(trace);
        return written;
    }

    @Override
    public void close() {
        try {
            if (tracing) {
                tracing = false;
                context.tracing().stop();
            }
        } finally {
            context.close();
        }
    }
}
