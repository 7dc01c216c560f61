package dev.fearless.internal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedBrowserMessageTest {

    @Test
    void saysWhatPlaywrightSaidInsideItsWrapperAndHowTheBrowserEnded() {
        // Playwright 1.62's message when the executable is not a browser (/bin/true), shortened.
        String message = """
                Error {
                  message='Target page, context or browser has been closed
                Browser logs:

                <launching> /bin/true --disable-field-trial-config --password-store=basic
                <launched> pid=26349
                  name='TargetClosedError
                  stack='TargetClosedError: Target page, context or browser has been closed
                    at DispatcherConnection.dispatch (/tmp/playwright-java/package/lib/coreBundle.js:18786:19)
                }
                Call log:
                -   - [pid=26349] <kill>
                -   - [pid=26349] <process did exit: exitCode=0, signal=null>
                """;

        assertThat(SharedBrowser.firstLine(message)).isEqualTo("Target page, context or browser has been closed"
                + " (<process did exit: exitCode=0, signal=null>)");
        assertThat(SharedBrowser.firstLine("Failed to connect\nmore")).isEqualTo("Failed to connect");
        assertThat(SharedBrowser.firstLine(null)).isEqualTo("no message");
    }
}
