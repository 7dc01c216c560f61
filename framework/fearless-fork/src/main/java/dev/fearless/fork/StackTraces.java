package dev.fearless.fork;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A failure's message and stack trace as text, never throwing: both call the test's own code ({@code getMessage},
 * {@code toString}, {@code getStackTrace} may be overridden), and an exception escaping from there would cut an event
 * in half and lose the results after it.
 */
final class StackTraces {

    private StackTraces() {
    }

    /** {@code throwable.getMessage()}, or what it threw instead. */
    static String messageOf(Throwable throwable) {
        try {
            return throwable.getMessage();
        } catch (Throwable broken) {
            return brokenMethod("getMessage()", broken);
        }
    }

    /** What {@code printStackTrace} prints; when the test's code breaks it, the frames that JUnit's own code can read. */
    static String of(Throwable throwable) {
        StringWriter text = new StringWriter();
        try (PrintWriter writer = new PrintWriter(text)) {
            throwable.printStackTrace(writer);
            return text.toString();
        } catch (Throwable broken) {
            return fallback(throwable, broken);
        }
    }

    private static String fallback(Throwable throwable, Throwable broken) {
        StringBuilder text = new StringBuilder(throwable.getClass().getName());
        String message = messageOf(throwable);
        if (message != null) {
            text.append(": ").append(message);
        }
        text.append(" ").append(brokenMethod("printStackTrace()", broken)).append(System.lineSeparator());
        try {
            for (StackTraceElement frame : throwable.getStackTrace()) {
                text.append("\tat ").append(frame).append(System.lineSeparator());
            }
        } catch (Throwable noFrames) {
            text.append("\t").append(brokenMethod("getStackTrace()", noFrames)).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String brokenMethod(String method, Throwable broken) {
        return "(its " + method + " threw " + broken.getClass().getName() + ")";
    }
}
