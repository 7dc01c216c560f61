package dev.fearless.engine.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.fearless.engine.GateException;

/**
 * Refuses a base URL the tests could not use: one that is not an absolute {@code http} or {@code https} URL. Checked
 * before any step runs, so a typo is a usage error at once, not a page of connection failures after the deploy.
 * The CLI's {@code --base-url} and the Maven plugin's {@code baseUrl} both reach the engine through the request, so
 * both get this check.
 */
final class BaseUrlCheck {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final String WHAT_TO_DO = "give an absolute http or https URL such as https://staging.example.com/"
            + " (--base-url for the CLI, fearless.baseUrl under Maven)";

    private BaseUrlCheck() {
    }

    /**
     * @throws GateException (exit code 2) naming the URL with its password masked, what is wrong and what to do
     */
    static void check(Optional<String> baseUrl) {
        if (baseUrl.isEmpty()) {
            return;
        }
        String url = baseUrl.get();
        String shown = SecretMasker.maskUserInfo(url);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // Not e.getMessage(): it quotes the whole URL, password included.
            throw GateException.usage("the base URL '" + shown + "' is not a valid URL (" + e.getReason()
                    + " at index " + e.getIndex() + "); percent-encode special characters (a space is %20, a '^'"
                    + " in a password %5E) and " + WHAT_TO_DO);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        // A host, not only an authority: "https://admin:pa#ss@host/" parses with the authority "admin:pa" and no
        // host, and would reach the tests with its password.
        if (!SCHEMES.contains(scheme) || uri.getHost() == null || uri.getHost().isBlank()) {
            throw GateException.usage("the base URL '" + shown + "' is not an absolute http or https URL; "
                    + WHAT_TO_DO);
        }
    }
}
