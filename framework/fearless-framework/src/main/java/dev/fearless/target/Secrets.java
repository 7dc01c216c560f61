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
     * {@code accessToken}, {@code client_secret}, {@code X-Auth-Token} and {@code dbPassword} are all matched; but not
     * when the word only qualifies what follows it ({@code passwordPolicy}, {@code tokenType}, {@code token_endpoint},
     * Chromium's {@code --password-store=basic}): those hold settings, and masking them hides what went wrong.
     */
    private static final String CREDENTIAL_NAMES = "[\\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|credential)"
            + "(?![_.-]?(?:store|policy|type|endpoint|url|uri|file|path|length|expires\\w*|expiry)"
            + "(?![a-z0-9]))[\\w.-]*";
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
    private static final int MIN_REMEMBERED = 16;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static volatile List<String> knownLongestFirst = List.of();

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
        // The structure first: a known value that also appears as a field's name must not hide that name from the
        // field patterns, or the field's own value would go unmasked.
        String masked = URL_USERINFO.matcher(text).replaceAll("$1" + MASK + "@");
        masked = AUTHORIZATION_HEADER.matcher(masked).replaceAll("$1" + MASK);
        masked = BEARER.matcher(masked).replaceAll("Bearer " + MASK);
        masked = JSON_FIELD.matcher(masked).replaceAll("$1\"" + MASK + "\"");
        masked = FORM_FIELD.matcher(masked).replaceAll("$1" + MASK);
        for (String value : knownLongestFirst) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }

    /**
     * Remembers, as secrets, the values of the credential-named JSON and form fields in {@code text} (a response that
     * hands out an {@code accessToken}, say), so that they are masked wherever they appear later: in an assertion's
     * {@code Actual: ...}, which does not name the field. Only values that look like a token or key are remembered
     * (at least 16 characters, no spaces, letters and digits, neither a URL nor a date). Fearless's HTTP client
     * calls it on every body it sees.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static void rememberCredentialFields(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (Pattern field : List.of(JSON_FIELD, FORM_FIELD)) {
            Matcher matcher = field.matcher(text);
            while (matcher.find()) {
                String value = unescapeJson(matcher.group(2));
                if (looksLikeACredential(value)) {
                    register(value);
                }
            }
        }
    }

    /**
     * Returns {@code json} with every known secret masked in the form a JSON writer escapes it to ({@code \"},
     * {@code \\}, control characters): {@link #mask(String)} finds a secret as it is written in plain text, and a
     * password with a quote in it appears as {@code p\"w} in a JSON document.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static String maskJsonEscaped(String json) {
        if (json == null || json.isEmpty()) {
            return json;
        }
        String masked = json;
        for (String value : knownLongestFirst) {
            String escaped = jsonEscaped(value);
            if (!escaped.equals(value)) {
                masked = masked.replace(escaped, MASK);
            }
        }
        return masked;
    }

    private static String jsonEscaped(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Whether {@code text} contains a value that {@link #mask(String)} would hide. */
    public static boolean containsSecret(String text) {
        return text != null && !mask(text).equals(text);
    }

    /**
     * Whether a credential field's value is remembered: only what looks like a token or key (long, no spaces, letters
     * and digits, neither a URL nor a date), since it is masked in every later text of the JVM, and a field named like
     * a credential may hold ordinary text ({@code "passwordPolicy": "required"}, {@code "tokenType": "Bearer"}).
     */
    static boolean looksLikeACredential(String value) {
        return value.length() >= MIN_REMEMBERED && value.chars().noneMatch(Character::isWhitespace)
                && !value.contains("://") && !ISO_DATE.matcher(value).lookingAt()
                && value.chars().anyMatch(Character::isLetter) && value.chars().anyMatch(Character::isDigit);
    }

    /** A JSON string's content as the text it stands for, for the escapes a token may hold. */
    private static String unescapeJson(String content) {
        return content.replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    static void register(String value) {
        if (value.isBlank()) {
            return;
        }
        synchronized (KNOWN) {
            boolean added = KNOWN.add(value);
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            added |= !encoded.equals(value) && KNOWN.add(encoded);
            if (added) {
                // Longest first, so that a secret containing another one is replaced whole; sorted once per new
                // secret rather than in every mask().
                knownLongestFirst = KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed())
                        .toList();
            }
        }
    }
}
