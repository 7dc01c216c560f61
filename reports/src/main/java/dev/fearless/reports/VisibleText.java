package dev.fearless.reports;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Untrusted text (test names, failure messages, reasons that quote them) made safe to print as plain text: every
 * control character but tab is written visibly as {@code \u001b}, the way a Java string shows it. Printed raw, an
 * escape sequence or a carriage return in a failure message could erase the console's line and draw a fake
 * "Fearless gate predeploy: GO" over a STOP, in a terminal or a CI log alike.
 *
 * <pre>{@code
 * out.println(VisibleText.of(failure.message()));   // "x\u001b[2KFearless gate g: GO" stays one harmless line
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class VisibleText {

    private VisibleText() {
    }

    /** {@code text} with its control characters escaped; {@code null} stays {@code null}. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !isHidden(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isHidden(c) ? escape(c) : String.valueOf(c));
        }
        return out.toString();
    }

    /**
     * Whether {@code c} is a control character a terminal would act on rather than show: C0 (NUL, BS, CR, LF, ESC,
     * ...), DEL and C1 (0x9B starts an escape sequence on some terminals). Tab is shown as what it is.
     */
    public static boolean isHidden(char c) {
        return Character.isISOControl(c) && c != '\t';
    }

    /** {@code c} as a Java escape: {@code \u001b}. */
    public static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
