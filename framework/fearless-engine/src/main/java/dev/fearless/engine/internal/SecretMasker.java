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

    /** An Authorization header's credentials, after its scheme: {@code Authorization: Basic ****}. */
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)(\\b(?:proxy-)?authorization\\b\\s*[:=]\\s*"
            + "(?:(?:bearer|basic|digest|token|negotiate)\\s+)?)(?!\\*\\*\\*\\*)[^\\s,;\"']+");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)(?!\\*\\*\\*\\*)[A-Za-z0-9._~+/-]+=*");
    private static final int SHORTEST_LINE_OF_A_SECRET = 8;

    private final List<String> secrets;

    private SecretMasker(Set<String> secrets) {
        Set<String> all = new LinkedHashSet<>(secrets);
        // Output is masked line by line, so a multi-line secret (a key) is also masked a line at a time; short
        // lines ("-----END KEY-----" is not, "ab" would be) are left out as for any short secret.
        for (String secret : secrets) {
            for (String line : secret.split("\\R")) {
                if (line.length() >= SHORTEST_LINE_OF_A_SECRET) {
                    all.add(line);
                }
            }
        }
        // Longest first, so a secret that contains another is masked whole.
        this.secrets = all.stream().filter(secret -> secret.length() >= SHORTEST_SECRET)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static SecretMasker of(GateRequest request, FearlessConfig config) {
        Set<String> secrets = new LinkedHashSet<>(config.secrets());
        request.baseUrl().ifPresent(url -> secrets.addAll(userInfo(url)));
        secrets.addAll(secretValues(request.systemProperties()));
        secrets.addAll(secretValues(systemPropertiesIn(request.jvmArgs())));
        secrets.addAll(secretValues(request.environment()));
        return new SecretMasker(secrets);
    }

    /** The {@code -Dname=value} options among JVM arguments (an {@code argLine}, {@code --jvm-arg}). */
    private static Map<String, String> systemPropertiesIn(List<String> jvmArgs) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        for (String arg : jvmArgs) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("-D") && equals > 2) {
                properties.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        return properties;
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
     * Masks the secrets as a JSON writer (or a Java {@code @argfile}) escapes them: {@code \\}, {@code \"} and the
     * control characters {@code \n}, {@code \r}, {@code \t}, {@code \f}. {@link #mask(String)} masks the plain form.
     */
    public String maskJson(String json) {
        return maskEscaped(json, SecretMasker::escapeJson);
    }

    /** Masks the secrets as XML and HTML escape them ({@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}). */
    public String maskXml(String xml) {
        return maskEscaped(xml, secret -> secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;"));
    }

    private String maskEscaped(String text, java.util.function.UnaryOperator<String> escape) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            String escaped = escape.apply(secret);
            if (!escaped.equals(secret)) {
                masked = masked.replace(escaped, MASK);
            }
        }
        return masked;
    }

    /**
     * {@code value} escaped as JSON escapes it inside a string, and as the {@code java} launcher reads an
     * {@code @argfile} argument inside double quotes (the same escapes): the argument file is written with this, so
     * its masking matches what is on disk.
     */
    public static String escapeJson(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '"' -> escaped.append("\\\"");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The result with every text field masked; the same object when there is nothing to mask. */
    public TestResult mask(TestResult result) {
        if (secrets.isEmpty()) {
            String output = maskOutput(result.output());
            return output == null || output.equals(result.output()) ? result : new TestResult(result.uniqueId(),
                    result.className(), result.name(), result.displayName(), result.status(), result.durationMs(),
                    result.failureType(), result.message(), result.stackTrace(), output);
        }
        return new TestResult(result.uniqueId(), mask(result.className()), mask(result.name()),
                mask(result.displayName()), result.status(), result.durationMs(), result.failureType(),
                mask(result.message()), mask(result.stackTrace()), maskOutput(result.output()));
    }

    /**
     * Test output as the step's {@code output.txt} and the JUnit XML's {@code <system-out>} get it: the known secrets
     * (also as JSON escapes them), and any credential in an {@code Authorization} header or after {@code Bearer},
     * which a test's own request log prints (REST Assured's {@code log().all()}) with a token the gate never saw.
     */
    public String maskOutput(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = secrets.isEmpty() ? text : maskJson(mask(text));
        masked = AUTHORIZATION.matcher(masked).replaceAll("$1" + MASK);
        return BEARER.matcher(masked).replaceAll("$1" + MASK);
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
     * The text between {@code scheme://} and the last {@code @} before the path's first {@code /}, found without
     * {@link URI}: a URL that is not a valid URI ({@code https://admin:s3cr3t^pw@host/}) still has a password to
     * hide, and a password holding an unencoded {@code @}, {@code ?} or {@code #} is found whole. Without a path, a
     * query or fragment that holds an {@code @} makes this mask more than the user info, the safe way to be wrong.
     */
    private static Optional<String> rawUserInfo(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int path = url.indexOf('/', start);
        int at = url.lastIndexOf('@', (path < 0 ? url.length() : path) - 1);
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
