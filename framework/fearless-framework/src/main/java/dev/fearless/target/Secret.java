package dev.fearless.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * A password or token. It prints as {@code ****}, and creating one teaches {@link Secrets#mask(String)} to hide its
 * value wherever it shows up later (a response body, an exception message, a report).
 *
 * <pre>{@code
 * Secret token = Secret.of(System.getenv("ORDERS_TOKEN"));
 * System.out.println(token);            // ****
 * request.header("X-Api-Key", token.reveal());
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps {@code value} and registers it with {@link Secrets}, so that it is masked from now on. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        Secrets.register(value);
        return new Secret(value);
    }

    /** The clear value, for the one place that must send it. Never print or log it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Always {@value Secrets#MASK}. */
    @Override
    public String toString() {
        return Secrets.MASK;
    }
}
