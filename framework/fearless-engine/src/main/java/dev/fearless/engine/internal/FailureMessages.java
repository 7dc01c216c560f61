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

    private FailureMessages() {
    }

    /** The first paragraph of {@code message} on one line, at most {@value #MAX_LENGTH} characters. */
    public static String summary(String message) {
        if (message == null) {
            return "";
        }
        List<String> paragraph = new ArrayList<>();
        for (String line : message.strip().split("\\R")) {
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
}
