package dev.fearless.health;

import dev.fearless.target.Secrets;

/**
 * What one attempt saw: an answer (status and body) or the reason there was none.
 *
 * @param ok       whether the dependency looked healthy
 * @param answered whether an answer came at all
 * @param text     the answer ({@code 503 {"status":"DOWN"}}) or the failure ({@code connection refused (host:port)}),
 *                 credentials masked
 * @param reason   why an answer is not healthy, when the text does not say it by itself; may be {@code null}
 */
record Observation(boolean ok, boolean answered, String text, String reason) {
    static final int MAX_BODY = 300;
    static final Observation NONE = new Observation(false, false, "no attempt within the budget", null);

    static Observation answer(boolean ok, int status, String body, String reason) {
        return new Observation(ok, true, (status + " " + shorten(body)).trim(), Secrets.mask(reason));
    }

    static Observation failure(String text) {
        return new Observation(false, false, Secrets.mask(text), null);
    }

    /** A success that is not an answer, such as an accepted TCP connection. */
    static Observation success(String text) {
        return new Observation(true, false, Secrets.mask(text), null);
    }

    /** {@code last answer was 503 {...}} or {@code last attempt: connection refused (127.0.0.1:59999)}. */
    String describe() {
        if (this == NONE) {
            return text;
        }
        String seen = answered ? "last answer was " + text : "last attempt: " + text;
        return reason == null ? seen : seen + " (" + reason + ")";
    }

    /** Masked before it is cut, so that no half of a secret survives the cut unrecognised. */
    static String shorten(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = Secrets.mask(body).replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_BODY ? oneLine : oneLine.substring(0, MAX_BODY) + "...";
    }
}
