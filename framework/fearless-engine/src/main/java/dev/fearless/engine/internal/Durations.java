package dev.fearless.engine.internal;

import java.time.Duration;

/** Durations the way {@code fearless.yml} writes them: {@code 500ms}, {@code 60s}, {@code 10m}, {@code 2h}. */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration duration) {
        long ms = duration.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0 && ms > 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
