package dev.fearless.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * How to authenticate to a target or one of its services: nothing, a user name and password (HTTP Basic) or a bearer
 * token. Passwords and tokens are {@link Secret}s, so every {@code toString()} prints {@code ****}.
 *
 * <pre>{@code
 * if (target.credentials() instanceof Credentials.Basic basic) {
 *     loginPage.signIn(basic.username(), basic.password().reveal());
 * }
 * target.credentials().authorizationHeader()   // Optional["Bearer <token>"], for an HTTP client of your own
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public sealed interface Credentials permits Credentials.None, Credentials.Basic, Credentials.Bearer {

    /** No credentials. */
    static Credentials none() {
        return None.INSTANCE;
    }

    /** HTTP Basic credentials; registers the password (and the encoded header value) as secrets. */
    static Credentials basic(String username, String password) {
        return new Basic(username, Secret.of(password));
    }

    /** A bearer token; registers it as a secret. */
    static Credentials bearer(String token) {
        return new Bearer(Secret.of(token));
    }

    /** The value of an {@code Authorization} header for these credentials, if any. Never log it. */
    Optional<String> authorizationHeader();

    /** No credentials. */
    enum None implements Credentials {
        INSTANCE;

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "none";
        }
    }

    /** A user name and a password, sent as HTTP Basic authentication. */
    record Basic(String username, Secret password) implements Credentials {
        public Basic {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            // The encoded header value reveals the password as surely as the password itself.
            Secrets.register(encoded(username, password));
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of("Basic " + encoded(username, password));
        }

        private static String encoded(String username, Secret password) {
            String pair = username + ":" + password.reveal();
            return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A bearer token, sent as {@code Authorization: Bearer <token>}. */
    record Bearer(Secret token) implements Credentials {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public Optional<String> authorizationHeader() {
            return Optional.of("Bearer " + token.reveal());
        }
    }
}
