package dev.fearless.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureMessagesTest {

    @Test
    void keepsWhatFollowsAGenericFirstLine() {
        assertThat(FailureMessages.summary("1 expectation failed.\nExpected status code <201> but was <500>.\n"))
                .isEqualTo("1 expectation failed. Expected status code <201> but was <500>.");
    }

    @Test
    void stopsAtTheFirstBlankLine() {
        String playwright = "Locator expected to have text\nExpected: Loan #1\nReceived: \n\nCall log:\n  - waiting for x";

        assertThat(FailureMessages.summary(playwright))
                .isEqualTo("Locator expected to have text Expected: Loan #1 Received:");
    }

    @Test
    void keepsTheParagraphThatAOneLineHeaderAnnounces() {
        String discovery = "TestEngine with ID 'junit-jupiter' encountered 1 critical issue during test discovery:\n\n"
                + "(1) [WARNING] @Test method 'private void p.PrivTest.priv()' must not be private.\n"
                + "    Source: MethodSource [className = 'p.PrivTest']\n\nmore detail";

        assertThat(FailureMessages.summary(discovery)).isEqualTo("TestEngine with ID 'junit-jupiter' encountered 1"
                + " critical issue during test discovery: (1) [WARNING] @Test method 'private void p.PrivTest.priv()'"
                + " must not be private. Source: MethodSource [className = 'p.PrivTest']");
    }

    @Test
    void skipsLeadingBlankLinesAndIndentation() {
        assertThat(FailureMessages.summary("\nExpecting actual:\n  \"GO\"\nto be equal to:\n  \"STOP\"\n"))
                .isEqualTo("Expecting actual: \"GO\" to be equal to: \"STOP\"");
    }

    @Test
    void shortensAVeryLongParagraph() {
        String summary = FailureMessages.summary("x".repeat(2_000));

        assertThat(summary).hasSize(FailureMessages.MAX_LENGTH).endsWith("...");
    }

    @Test
    void givesAnEmptyTextForNoMessage() {
        assertThat(FailureMessages.summary(null)).isEmpty();
        assertThat(FailureMessages.summary("single line")).isEqualTo("single line");
    }

    @Test
    void namesTheExceptionUnlessItIsAnAssertionFailure() {
        assertThat(FailureMessages.summary("java.lang.NoClassDefFoundError", "shop/Cart"))
                .isEqualTo("NoClassDefFoundError: shop/Cart");
        assertThat(FailureMessages.summary("java.lang.IllegalStateException", "boom\n\nmore"))
                .isEqualTo("IllegalStateException: boom");
        assertThat(FailureMessages.summary("java.lang.NullPointerException", null)).isEqualTo("NullPointerException");
        assertThat(FailureMessages.summary("org.opentest4j.AssertionFailedError", "expected: <4> but was: <3>"))
                .isEqualTo("expected: <4> but was: <3>");
        assertThat(FailureMessages.summary("java.lang.AssertionError", "\nExpecting actual:\n  1"))
                .isEqualTo("Expecting actual: 1");
        assertThat(FailureMessages.summary("dev.fearless.health.HealthCheckFailed", "1 of 2 health checks not healthy"))
                .isEqualTo("1 of 2 health checks not healthy");
        assertThat(FailureMessages.summary(null, "the test JVM exited")).isEqualTo("the test JVM exited");
        assertThat(FailureMessages.summary("dev.fearless.internal.junit.MaskedThrowables$MaskedException",
                "java.lang.IllegalStateException: cannot log in with ****"))
                .isEqualTo("java.lang.IllegalStateException: cannot log in with ****");
    }

    @Test
    void keepsPlaywrightsOwnMessageAndItsCallLogRatherThanTheDriversStack() {
        String message = """
                Error {
                  message='Timeout 2000ms exceeded.
                =========================== logs ===========================
                waiting for navigation
                ============================================================
                  name='TimeoutError
                  stack='TimeoutError: Timeout 2000ms exceeded.
                    at ProgressController.run (/driver/package/lib/server/progress.js:75:26)
                }
                Call log:
                  - - waiting for getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay now"))
                """;

        assertThat(FailureMessages.summary("com.microsoft.playwright.TimeoutError", message)).isEqualTo("TimeoutError:"
                + " Timeout 2000ms exceeded. waiting for navigation Call log: - - waiting for getByRole(AriaRole.BUTTON,"
                + " new Page.GetByRoleOptions().setName(\"Pay now\"))");
        assertThat(FailureMessages.summary("Error { not Playwright's")).isEqualTo("Error { not Playwright's");
    }
}
