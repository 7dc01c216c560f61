package dev.fearless.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URI;
import java.util.Objects;

import org.apiguardian.api.API;

/**
 * A named service of the target environment ({@code orders}, {@code billing}, ...): its own URL and the credentials
 * to use with it (its own, or else the target's).
 *
 * <pre>{@code
 * ServiceEndpoint orders = target.service("orders");
 * URI health = orders.url().resolve("/actuator/health");
 * }</pre>
 *
 * @param name        the service's name as configured, lower case
 * @param url         its absolute http(s) URL
 * @param credentials how to authenticate to it
 */
@API(status = STABLE, since = "0.1")
public record ServiceEndpoint(String name, URI url, Credentials credentials) {
    public ServiceEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public String toString() {
        return "ServiceEndpoint[name=" + name + ", url=" + Secrets.mask(url.toString()) + ", credentials="
                + credentials + "]";
    }
}
