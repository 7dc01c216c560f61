package dev.fearless.engine.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;

import org.apiguardian.api.API;

/**
 * The one-line form of a test's failure message that the verdict keeps. The first line alone is often a header with
 * the substance below it (REST Assured's {@code 1 expectation failed.}, AssertJ's {@code Expecting actual:},
 * Playwright's {@code Locator expected to have text}), so it is the first paragraph, its lines joined; what follows the
 * first blank line (call logs, diffs) stays in the JUnit XML and the test output. A first paragraph of one line that
 * ends with a colon only announces what follows (JUnit's {@code encountered 2 critical issues during test
 * discovery:}), so the next paragraph is kept with it.
 */
@API(status = INTERNAL, since = "0.1")
public final class FailureMessages {
    /** Long enough for an expectation and what was seen instead; a gate's reason stays one readable line. */
    static final int MAX_LENGTH = 500;

    private static final String PLAYWRIGHT_ERROR = "Error {";
    private static final String PLAYWRIGHT_MESSAGE = "message='";
    private static final String PLAYWRIGHT_NAME = "\n  name='";
    private static final String CALL_LOG = "Call log:";

    private FailureMessages() {
    }

    /**
     * The one-line summary of a test's failure: the throwable's simple class name, then its message, as in
     * {@code NoClassDefFoundError: shop/Cart} or {@code IllegalStateException: boom}, since the message alone
     * often does not say what went wrong. An assertion failure keeps its message alone
     * ({@code expected: <4> but was: <3>}): there the message is the whole story. Only the name is known here, so
     * an {@code AssertionError} subclass of the project's own with another name gets its name in front too.
     *
     * @param failureType the throwable's class name, or {@code null}
     * @param message     its message, or {@code null}
     */
    public static String summary(String failureType, String message) {
        if (failureType == null || failureType.isBlank()) {
            return summary(message);
        }
        String type = failureType.substring(failureType.lastIndexOf('.') + 1);
        if (message == null || message.isBlank()) {
            return summary(type);
        }
        String text = unwrapPlaywright(message);
        return summary(speaksForItself(type) ? text : type + ": " + text);
    }

    /**
     * The assertion failures of JUnit, opentest4j, AssertJ and Hamcrest, Fearless's failed health check, and the
     * stand-in for an exception whose message was masked, whose message starts with the original's class name.
     */
    private static boolean speaksForItself(String type) {
        return type.endsWith("AssertionError") || type.endsWith("AssertionFailedError")
                || type.equals("ComparisonFailure") || type.equals("MultipleFailuresError")
                || type.equals("HealthCheckFailed") || type.endsWith("$MaskedException");
    }

    /** The first paragraph of {@code message} on one line, at most {@value #MAX_LENGTH} characters. */
    public static String summary(String message) {
        if (message == null) {
            return "";
        }
        List<String> paragraph = new ArrayList<>();
        for (String line : unwrapPlaywright(message).strip().split("\\R")) {
            if (line.isBlank()) {
                if (paragraph.size() != 1 || !paragraph.get(0).endsWith(":")) {
                    break;
                }
                continue;
            }
            paragraph.add(line.strip());
        }
        String summary = String.join(" ", paragraph);
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 3) + "...";
    }

    /**
     * Playwright's exceptions wrap the driver's error as {@code Error { message='...' name='...' stack='...' }}, then
     * its call log: the first line, {@code Error {}, says nothing, and the stack (the driver's JavaScript) buries the
     * locator that was waited for. This keeps the inner message, then the call log, each as a paragraph line: {@code
     * Timeout 2000ms exceeded. Call log: - waiting for getByRole(BUTTON, ...)}. Any other message is returned as it is.
     */
    static String unwrapPlaywright(String message) {
        String text = message.strip();
        int start = text.indexOf(PLAYWRIGHT_MESSAGE);
        if (!text.startsWith(PLAYWRIGHT_ERROR) || start < 0) {
            return message;
        }
        int end = text.indexOf(PLAYWRIGHT_NAME, start);
        String inner = text.substring(start + PLAYWRIGHT_MESSAGE.length(), end < 0 ? text.length() : end);
        StringBuilder unwrapped = new StringBuilder();
        for (String line : inner.split("\\R")) {
            // The driver frames its own logs with rows of '='.
            if (!line.isBlank() && !line.strip().startsWith("=====")) {
                unwrapped.append(line.strip()).append('\n');
            }
        }
        int callLog = text.indexOf(CALL_LOG);
        if (callLog >= 0) {
            for (String line : text.substring(callLog).split("\\R")) {
                if (!line.isBlank()) {
                    unwrapped.append(line.strip()).append('\n');
                }
            }
        }
        return unwrapped.toString();
    }
}
