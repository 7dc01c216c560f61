package dev.fearless.internal.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.time.Instant;

import org.apiguardian.api.API;

import dev.fearless.target.Secrets;

/**
 * One request and what came back: a response, or the failure that took its place. Texts are raw; {@link #format()}
 * masks them, so that a secret learned after the call is hidden too.
 */
@API(status = INTERNAL, since = "0.1")
public record Exchange(Instant start, String request, String response, Duration elapsed) {

    /** The request and response as an HTTP-like transcript, credentials masked. */
    public String format() {
        return Secrets.mask(request) + "\n" + Secrets.mask(response) + "\n(" + elapsed.toMillis() + " ms)\n";
    }
}
