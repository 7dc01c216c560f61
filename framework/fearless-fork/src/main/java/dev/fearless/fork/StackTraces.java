package dev.fearless.fork;

import java.io.PrintWriter;
import java.io.StringWriter;

final class StackTraces {

    private StackTraces() {
    }

    static String of(Throwable throwable) {
        StringWriter text = new StringWriter();
        try (PrintWriter writer = new PrintWriter(text)) {
            throwable.printStackTrace(writer);
        }
        return text.toString();
    }
}
