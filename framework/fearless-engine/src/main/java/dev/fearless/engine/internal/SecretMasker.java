package dev.fearless.engine.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.fearless.engine.GateRequest;
import dev.fearless.engine.TestResult;
import dev.fearless.engine.config.FearlessConfig;

/**
 * Replaces every credential a run knows of with {@code ****} in what the run shows or writes: the base URL's user
 * info, the values of system properties and environment variables whose names say they are secret, and the
 * credentials under {@code target:} in {@code fearless.yml}.
 */
public final class SecretMasker {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|token|api[-_.]?key|credential|authorization).*");
    /** Shorter values would mask innocent text everywhere (a password "ab" would eat every "ab"). */
    private static final int SHORTEST_SECRET = 4;

    private final List<String> secrets;

    private SecretMasker(Set<String> secrets) {
        // Longest first, so a secret that contains another is masked whole.
        this.secrets = secrets.stream().filter(secret -> secret.length() >= SHORTEST_SECRET)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static SecretMasker of(GateRequest request, FearlessConfig config) {
        Set<String> secrets = new LinkedHashSet<>(config.secrets());
        request.baseUrl().ifPresent(url -> secrets.addAll(userInfo(url)));
        secrets.addAll(secretValues(request.systemProperties()));
        secrets.addAll(secretValues(request.environment()));
        return new SecretMasker(secrets);
    }

    /** Whether there is nothing to mask. */
    public boolean isEmpty() {
        return secrets.isEmpty();
    }

    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /**
     * Masks the secrets as a JSON writer escapes them ({@code \"} and {@code \\}), for a secret that holds a quote
     * or a backslash; {@link #mask(String)} has already masked the others in the same text.
     */
    public String maskJson(String json) {
        if (json == null || secrets.isEmpty()) {
            return json;
        }
        String masked = json;
        for (String secret : secrets) {
            String escaped = secret.replace("\\", "\\\\").replace("\"", "\\\"");
            if (!escaped.equals(secret)) {
                masked = masked.replace(escaped, MASK);
            }
        }
        return masked;
    }

    /** The result with every text field masked; the same object when there is nothing to mask. */
    public TestResult mask(TestResult result) {
        if (secrets.isEmpty()) {
            return result;
        }
        return new TestResult(result.uniqueId(), mask(result.className()), mask(result.name()),
                mask(result.displayName()), result.status(), result.durationMs(), result.failureType(),
                mask(result.message()), mask(result.stackTrace()));
    }

    /** {@code url} with its user info, if any, replaced by {@link #MASK}: for messages that must quote the URL. */
    static String maskUserInfo(String url) {
        return rawUserInfo(url).map(userInfo -> url.replace(userInfo + "@", MASK + "@")).orElse(url);
    }

    /** The user info and its password, raw and, when the URL parses, decoded as a test would see them. */
    private static Set<String> userInfo(String url) {
        Optional<String> raw = rawUserInfo(url);
        if (raw.isEmpty()) {
            return Set.of();
        }
        Set<String> parts = new LinkedHashSet<>();
        addWithPassword(parts, raw.get());
        try {
            String decoded = new URI(url).getUserInfo();
            if (decoded != null) {
                addWithPassword(parts, decoded);
            }
        } catch (URISyntaxException e) {
            // The raw text is masked already; an invalid URL is refused before any test sees it.
        }
        return parts;
    }

    private static void addWithPassword(Set<String> parts, String userInfo) {
        parts.add(userInfo);
        int colon = userInfo.indexOf(':');
        if (colon >= 0) {
            parts.add(userInfo.substring(colon + 1));
        }
    }

    /**
     * The text between {@code scheme://} and the last {@code @} before the query or fragment, found without
     * {@link URI}: a URL that is not a valid URI ({@code https://admin:s3cr3t^pw@host/}) still has a password to hide.
     * When a path holds an {@code @} this masks more than the user info, which is the safe way to be wrong.
     */
    private static Optional<String> rawUserInfo(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int end = url.length();
        for (char delimiter : new char[] {'?', '#'}) {
            int at = url.indexOf(delimiter, start);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        int at = url.lastIndexOf('@', end - 1);
        return at < start ? Optional.empty() : Optional.of(url.substring(start, at));
    }

    private static Set<String> secretValues(Map<String, String> variables) {
        Set<String> values = new LinkedHashSet<>();
        variables.forEach((name, value) -> {
            if (value != null && SECRET_NAME.matcher(name).matches()) {
                values.add(value);
            }
        });
        return values;
    }
}
