package dev.fearless.reports;

import java.util.ArrayList;
import java.util.List;

import dev.fearless.engine.TestResult;
import dev.fearless.engine.TestStatus;

/**
 * The first failed or aborted tests of a run with their stack traces, for the HTML report. Bounded in count and in
 * size per failure, so a run of 100,000 failing tests keeps a few megabytes at most.
 */
final class FailureSamples {

    /** How many failures the HTML report shows, over all steps. */
    static final int MAX_KEPT = 200;
    static final int MAX_MESSAGE_CHARS = 4_000;
    static final int MAX_STACK_CHARS = 16_000;

    /** One kept failure; texts already cut to size. */
    record Sample(String step, TestStatus status, String test, String type, String message, String stackTrace) {
    }

    private final List<Sample> kept = new ArrayList<>();
    private long seen;

    void add(String step, TestResult result) {
        if (result.status() != TestStatus.FAILED && result.status() != TestStatus.ABORTED) {
            return;
        }
        seen++;
        if (kept.size() < MAX_KEPT) {
            kept.add(new Sample(step, result.status(), result.qualifiedName(), result.failureType(),
                    cut(result.message(), MAX_MESSAGE_CHARS), cut(result.stackTrace(), MAX_STACK_CHARS)));
        }
    }

    List<Sample> kept() {
        return List.copyOf(kept);
    }

    /** Failed and aborted tests seen, kept or not. */
    long seen() {
        return seen;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text
                : text.substring(0, max) + "\n... (" + (text.length() - max) + " more characters)";
    }
}
