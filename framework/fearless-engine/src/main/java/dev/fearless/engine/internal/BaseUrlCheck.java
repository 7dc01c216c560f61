package dev.fearless.engine.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fearless.engine.GateException;
import dev.fearless.engine.TargetUsed;

/**
 * Refuses a base URL the tests could not use: one that is not an absolute {@code http} or {@code https} URL. Checked
 * before any step runs, so a typo is a usage error at once, not a page of connection failures after the deploy.
 * The CLI's {@code --base-url} and the Maven plugin's {@code baseUrl} both reach the engine through the request, so
 * both get this check.
 */
final class BaseUrlCheck {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    /** The system property the tests read the base URL from first. */
    private static final String PROPERTY = "fearless.baseUrl";
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

    /**
     * Refuses a base URL given twice with two values: the gate's ({@code --base-url}, the goal's {@code baseUrl}) and a
     * {@code fearless.baseUrl} system property for the tests ({@code -D}, Surefire's {@code systemPropertyVariables}
     * or {@code argLine}). The tests take the system property, so the gate would check another environment than the
     * one it was given, and say GO for it.
     *
     * @throws GateException (exit code 2) naming both values, passwords masked
     */
    static void checkNotGivenTwice(Optional<String> baseUrl, Map<String, String> systemProperties,
            List<String> jvmArgs) {
        if (baseUrl.isEmpty()) {
            return;
        }
        // Every occurrence: which one the test JVM keeps depends on the order its options are written in.
        List<String> properties = new ArrayList<>();
        Optional.ofNullable(systemProperties.get(PROPERTY)).ifPresent(properties::add);
        for (String arg : jvmArgs) {
            if (arg.startsWith("-D" + PROPERTY + "=")) {
                properties.add(arg.substring(("-D" + PROPERTY + "=").length()));
            }
        }
        for (String property : properties) {
            // A blank value is no setting: the framework skips it.
            if (!property.isBlank() && !sameUrl(property, baseUrl.get())) {
                throw GateException.usage("the base URL is given twice: " + SecretMasker.maskUserInfo(baseUrl.get())
                        + " to the gate, and " + SecretMasker.maskUserInfo(property) + " as the system property "
                        + PROPERTY + " for the tests (from -D, Surefire's systemPropertyVariables or argLine), which"
                        + " the tests would use; give the target once");
            }
        }
    }

    /**
     * After the tests ran: the target they used, as the framework recorded it, when it is not the gate's own. A
     * setting the gate cannot see (a JUnit configuration parameter, {@code JAVA_TOOL_OPTIONS}) sent them elsewhere,
     * and the gate must not say GO for an environment it was not asked about.
     *
     * @return the reason of the ERROR, or empty when the tests used the gate's base URL or none
     */
    static Optional<String> usedElsewhere(Optional<String> baseUrl, TargetUsed used) {
        if (baseUrl.isEmpty() || used == null
                || sameUrl(used.baseUrl(), SecretMasker.maskUserInfo(baseUrl.get()))) {
            return Optional.empty();
        }
        return Optional.of("the tests used the base URL " + used.baseUrl() + " (from the " + used.source()
                + "), not the gate's " + SecretMasker.maskUserInfo(baseUrl.get())
                + "; remove the other setting, so that the gate checks the environment it was given");
    }

    /** The same URL, but for a trailing slash, which the framework adds where it resolves paths. */
    private static boolean sameUrl(String a, String b) {
        return stripSlash(a.strip()).equals(stripSlash(b.strip()));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
