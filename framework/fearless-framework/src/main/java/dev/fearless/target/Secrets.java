package dev.fearless.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    private static final String CREDENTIAL_NAMES =
            "password|passwd|pwd|secret|client_secret|token|access_token|refresh_token|id_token|api_key|apikey|x-api-key";
    private static final Pattern URL_USERINFO =
            Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#]+@");
    private static final Pattern AUTHORIZATION_HEADER =
            Pattern.compile("(?im)\\b((?:proxy-)?authorization\\s*[:=]\\s*)[^\\r\\n\",}]+");
    private static final Pattern BEARER = Pattern.compile("\\bBearer\\s+[A-Za-z0-9._~+/-]+=*");
    private static final Pattern JSON_FIELD =
            Pattern.compile("(?i)(\"(?:" + CREDENTIAL_NAMES + "|apiKey|authorization)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FORM_FIELD =
            Pattern.compile("(?i)(?<![\\w.-])((?:" + CREDENTIAL_NAMES + ")=)[^&\\s\"']+");

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
