package dev.fearless.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

/**
 * Hides credentials in text before it is printed, logged, thrown or attached to a report.
 *
 * <p>{@link #mask(String)} replaces with {@value #MASK}: every value of a {@link Secret} created in this JVM (also
 * URL-encoded), the {@code user:password@} part of URLs, {@code Bearer} tokens, {@code Authorization} header values,
 * and JSON or form fields named like a credential ({@code password}, {@code token}, {@code access_token},
 * {@code client_secret}, {@code apiKey}, ...).
 *
 * <pre>{@code
 * String safe = Secrets.mask(response.asString());
 * }</pre>
 *
 * <p>The registry of known values is global on purpose: a secret read once must stay hidden in every later message,
 * whichever test or thread prints it.
 */
@API(status = STABLE, since = "0.1")
public final class Secrets {
    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    /**
     * A field name that holds a credential: one containing any of these words, in any case, so that
     * {@code accessToken}, {@code client_secret}, {@code X-Auth-Token} and {@code dbPassword} are all matched.
     */
    private static final String CREDENTIAL_NAMES =
            "[\\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|credential)[\\w.-]*";
    private static final Pattern URL_USERINFO =
            Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#]+@");
    private static final Pattern AUTHORIZATION_HEADER =
            Pattern.compile("(?im)\\b((?:proxy-)?authorization\\s*[:=]\\s*)[^\\r\\n\",}]+");
    private static final Pattern BEARER = Pattern.compile("\\bBearer\\s+[A-Za-z0-9._~+/-]+=*");
    private static final Pattern JSON_FIELD =
            Pattern.compile("(?i)(\"(?:" + CREDENTIAL_NAMES + "|authorization)\"\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FORM_FIELD =
            Pattern.compile("(?i)(?<![\\w.-])((?:" + CREDENTIAL_NAMES + ")=)([^&\\s\"']+)");

    /** The shortest value {@link #rememberCredentialFields} remembers. */
    private static final int MIN_REMEMBERED = 8;
    private static final Pattern TYPE_FIELD = Pattern.compile("(?i)type\"?\\s*[:=]");

    private Secrets() {
    }

    /**
     * Returns {@code text} with every credential replaced by {@value #MASK}; {@code null} stays {@code null}.
     *
     * <pre>{@code
     * Secrets.mask("https://ci:hunter2@staging.example.com")  // "https://****@staging.example.com"
     * }</pre>
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        // Longest first, so that a secret containing another one is replaced whole.
        List<String> values = KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String value : values) {
            masked = masked.replace(value, MASK);
        }
        masked = URL_USERINFO.matcher(masked).replaceAll("$1" + MASK + "@");
        masked = AUTHORIZATION_HEADER.matcher(masked).replaceAll("$1" + MASK);
        masked = BEARER.matcher(masked).replaceAll("Bearer " + MASK);
        masked = JSON_FIELD.matcher(masked).replaceAll("$1\"" + MASK + "\"");
        return FORM_FIELD.matcher(masked).replaceAll("$1" + MASK);
    }

    /**
     * Remembers, as secrets, the values of the credential-named JSON and form fields in {@code text} (a response that
     * hands out an {@code accessToken}, say), so that they are masked wherever they appear later: in an assertion's
     * {@code Actual: ...}, which does not name the field. Fearless's HTTP client calls it on every body it sees.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static void rememberCredentialFields(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (Pattern field : List.of(JSON_FIELD, FORM_FIELD)) {
            Matcher matcher = field.matcher(text);
            while (matcher.find()) {
                String value = matcher.group(2);
                // Not a token's type ("tokenType": "Bearer") nor a short word: masking those everywhere would hide
                // ordinary text, and a credential is longer.
                if (value.length() >= MIN_REMEMBERED && !TYPE_FIELD.matcher(matcher.group(1)).find()) {
                    register(value);
                }
            }
        }
    }

    /** Whether {@code text} contains a value that {@link #mask(String)} would hide. */
    public static boolean containsSecret(String text) {
        return text != null && !mask(text).equals(text);
    }

    static void register(String value) {
        if (value.isBlank()) {
            return;
        }
        KNOWN.add(value);
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        if (!encoded.equals(value)) {
            KNOWN.add(encoded);
        }
    }
}
