package dev.fearless.target;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the three sources, setting by setting: system properties win over environment variables, which win over
 * {@code fearless.yml}.
 */
final class TargetResolver {
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    /** Names the file to read {@code target:} from instead of {@code fearless.yml}; the gate sets it. */
    static final String CONFIG_FILE = "fearless.configFile";
    static final String CONFIG_FILE_VARIABLE = "FEARLESS_CONFIG_FILE";

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final List<Map<String, SettingValue>> sources;

    private TargetResolver(List<Map<String, SettingValue>> sources) {
        this.sources = sources;
    }

    static TargetEnvironment resolve(Properties properties, Map<String, String> environment, Path workingDirectory) {
        TargetResolver resolver = new TargetResolver(List.of(
                SettingSources.fromProperties(properties),
                SettingSources.fromEnvironment(environment),
                fileSettings(properties, environment, workingDirectory)));
        TargetEnvironment target = resolver.resolve();
        resolver.lookup(Setting.of(Setting.BASE_URL).key()).ifPresent(baseUrl ->
                TargetRecordFile.write(properties, target.baseUrl().toString(), baseUrl.origin()));
        return target;
    }

    /**
     * The settings of the file {@code fearless.configFile} (or {@code FEARLESS_CONFIG_FILE}) names, relative to
     * {@code workingDirectory}; without either, of {@code fearless.yml} there if it exists. The gate sets the property
     * to the file it was given ({@code --config}, {@code configFile}), so its tests read the target from the same file
     * as the gate read its gates. A file named but missing is an error, not an empty target: the tests would
     * otherwise run against whatever the other sources say.
     */
    private static Map<String, SettingValue> fileSettings(Properties properties, Map<String, String> environment,
            Path workingDirectory) {
        String named = properties.getProperty(CONFIG_FILE);
        String origin = "system property " + CONFIG_FILE;
        if (named == null || named.isBlank()) {
            named = environment.get(CONFIG_FILE_VARIABLE);
            origin = "environment variable " + CONFIG_FILE_VARIABLE;
        }
        if (named == null || named.isBlank()) {
            return YamlTargetSource.read(workingDirectory.resolve(YamlTargetSource.FILE_NAME),
                    YamlTargetSource.FILE_NAME);
        }
        Path file = workingDirectory.resolve(named);
        if (!Files.isRegularFile(file)) {
            throw new TargetConfigurationException("The " + origin + " names " + file.toAbsolutePath()
                    + ", which is not a file: point it at the fearless.yml to read the target from, or unset it");
        }
        return YamlTargetSource.read(file, named);
    }

    private TargetEnvironment resolve() {
        // Secrets first, so that every later message about a bad URL or duration is already masked.
        Optional<Credentials> credentials = credentials("", "");
        Setting baseUrlSetting = Setting.of(Setting.BASE_URL);
        SettingValue baseUrl = lookup(baseUrlSetting.key())
                .orElseThrow(() -> new TargetConfigurationException(TargetConfigurationException.MISSING_TARGET + "set "
                        + baseUrlSetting.hint()));
        TargetEnvironment.Builder target = TargetEnvironment.builder(url(baseUrl))
                .credentials(credentials.orElse(Credentials.none()))
                .connectTimeout(duration(Setting.CONNECT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT))
                .readTimeout(duration(Setting.READ_TIMEOUT, DEFAULT_READ_TIMEOUT));
        lookup(Setting.EXPECTED_VERSION).ifPresent(version -> target.expectedVersion(version.value()));
        for (String name : serviceNames()) {
            String prefix = Setting.SERVICE_PREFIX + name + ".";
            Optional<Credentials> own = credentials(prefix, "service '" + name + "': ");
            Setting urlSetting = Setting.service(name, "url");
            SettingValue url = lookup(urlSetting.key()).orElseThrow(() -> new TargetConfigurationException(
                    "Service '" + name + "' has no URL: set " + urlSetting.hint()));
            target.service(new ServiceEndpoint(name, url(url), own.orElse(credentials.orElse(Credentials.none()))));
        }
        return target.build();
    }

    /**
     * The credentials of one scope. A token and a user name with password may come from different sources; the one
     * from the stronger source wins, and a token wins a tie.
     */
    private Optional<Credentials> credentials(String prefix, String scope) {
        Optional<SettingValue> token = lookup(prefix + Setting.TOKEN);
        Optional<SettingValue> username = lookup(prefix + Setting.USERNAME);
        Optional<SettingValue> password = lookup(prefix + Setting.PASSWORD);
        // Registered before anything can fail, so that no message below can show them.
        token.ifPresent(value -> Secret.of(value.value()));
        password.ifPresent(value -> Secret.of(value.value()));
        int basicRank = Math.min(rank(username), rank(password));
        if (token.isPresent() && rank(token) <= basicRank) {
            return Optional.of(Credentials.bearer(token.get().value()));
        }
        if (username.isEmpty() && password.isEmpty()) {
            return Optional.empty();
        }
        if (username.isEmpty()) {
            throw new TargetConfigurationException(scope + "a password is set (" + password.get().origin()
                    + ") but no user name: set " + Setting.of(prefix + Setting.USERNAME).hint());
        }
        if (password.isEmpty()) {
            throw new TargetConfigurationException(scope + "a user name is set (" + username.get().origin()
                    + ") but no password: set " + Setting.of(prefix + Setting.PASSWORD).hint());
        }
        return Optional.of(Credentials.basic(username.get().value(), password.get().value()));
    }

    private TreeSet<String> serviceNames() {
        TreeSet<String> names = new TreeSet<>();
        for (Map<String, SettingValue> source : sources) {
            for (String key : source.keySet()) {
                if (key.startsWith(Setting.SERVICE_PREFIX)) {
                    String rest = key.substring(Setting.SERVICE_PREFIX.length());
                    names.add(rest.substring(0, rest.lastIndexOf('.')));
                }
            }
        }
        return names;
    }

    private Optional<SettingValue> lookup(String key) {
        return sources.stream().map(source -> source.get(key)).filter(java.util.Objects::nonNull).findFirst();
    }

    private static int rank(Optional<SettingValue> value) {
        return value.map(SettingValue::rank).orElse(Integer.MAX_VALUE);
    }

    private static URI url(SettingValue value) {
        String expected = ": expected an absolute http or https URL like https://staging.example.com";
        try {
            URI uri = new URI(value.value());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new TargetConfigurationException(value.origin() + " is '" + value.value() + "'" + expected);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new TargetConfigurationException(value.origin() + " is '" + value.value() + "'" + expected, e);
        }
    }

    private Duration duration(String key, Duration fallback) {
        Optional<SettingValue> value = lookup(key);
        return value.isEmpty() ? fallback : parseDuration(value.get());
    }

    static Duration parseDuration(SettingValue value) {
        String text = value.value().trim();
        Duration duration = null;
        Matcher simple = SIMPLE_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (simple.matches()) {
            try {
                long amount = Long.parseLong(simple.group(1));
                duration = switch (simple.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            } catch (ArithmeticException | NumberFormatException tooLong) {
                duration = MAX_TIMEOUT.plusMillis(1);
            }
        } else if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException e) {
                duration = null;
            }
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new TargetConfigurationException(value.origin() + " is '" + text
                    + "': expected a positive duration like 30s, 500ms or PT30S");
        }
        if (duration.compareTo(MAX_TIMEOUT) > 0) {
            // HTTP clients take their timeouts in int milliseconds: a longer one would overflow where it is used.
            throw new TargetConfigurationException(value.origin() + " is '" + text + "': an HTTP timeout must be at"
                    + " most 1h; a request still waiting after that is hung");
        }
        return duration;
    }
}
