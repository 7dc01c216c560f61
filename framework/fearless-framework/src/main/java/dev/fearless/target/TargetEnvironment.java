package dev.fearless.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.apiguardian.api.API;

/**
 * Where the system under test lives: its base URL, its named services, the credentials to use, and the HTTP timeouts
 * for talking to it. Immutable.
 *
 * <p>Tests receive it as a parameter (see {@link FearlessTest}); code of your own reads it with {@link #resolve()}.
 * Each setting is taken from the first of these that sets it:
 * <ol>
 *   <li>system properties: {@code fearless.baseUrl}, {@code fearless.username}, {@code fearless.password},
 *       {@code fearless.token}, {@code fearless.expectedVersion}, {@code fearless.http.connectTimeout},
 *       {@code fearless.http.readTimeout}, {@code fearless.service.<name>.url} (also {@code .username},
 *       {@code .password}, {@code .token});</li>
 *   <li>environment variables: the same names in upper snake case, {@code FEARLESS_BASE_URL},
 *       {@code FEARLESS_SERVICE_ORDERS_URL}, {@code FEARLESS_HTTP_READ_TIMEOUT}, ...;</li>
 *   <li>{@code fearless.yml} in the working directory, under the top-level key {@code target:}; or the file that
 *       the system property {@code fearless.configFile} (or {@code FEARLESS_CONFIG_FILE}) names, relative to the
 *       working directory. The gate sets that property to the configuration file it was given, so tests read the
 *       target from the file the gate read its gates from.</li>
 * </ol>
 *
 * <pre>{@code
 * # fearless.yml
 * target:
 *   baseUrl: https://staging.example.com
 *   username: ci               # or token: ..., better passed as FEARLESS_TOKEN
 *   http: { connectTimeout: 5s, readTimeout: 30s }
 *   services:
 *     orders: { url: https://orders.staging.example.com, token: ... }
 *
 * @HealthCheck
 * void ordersIsUp(TargetEnvironment target) {
 *     Health.of(target).service("orders").http("/actuator/health").check();
 * }
 * }</pre>
 *
 * <p>A service without credentials of its own uses the target's. {@code toString()} masks every credential.
 */
@API(status = STABLE, since = "0.1")
public final class TargetEnvironment {
    private final URI baseUrl;
    private final Credentials credentials;
    private final Map<String, ServiceEndpoint> services;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final String expectedVersion;

    private TargetEnvironment(Builder builder) {
        this.baseUrl = builder.baseUrl;
        this.credentials = builder.credentials;
        this.services = Collections.unmodifiableMap(new TreeMap<>(builder.services));
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.expectedVersion = builder.expectedVersion;
    }

    /**
     * Reads the target from this JVM's system properties, its environment and {@code fearless.yml} in the working
     * directory (or the file {@code fearless.configFile} names).
     *
     * @throws TargetConfigurationException when no base URL is set, or a setting is invalid; the message names what
     *                                      to set
     */
    public static TargetEnvironment resolve() {
        return resolve(System.getProperties(), System.getenv(), Path.of(System.getProperty("user.dir")));
    }

    /**
     * Reads the target from the given system properties, environment variables and the {@code fearless.yml} in
     * {@code workingDirectory} (if there is one; or the file {@code fearless.configFile} names, relative to
     * {@code workingDirectory}), in that order of precedence.
     *
     * <pre>{@code
     * TargetEnvironment target = TargetEnvironment.resolve(properties, Map.of("FEARLESS_BASE_URL", url), dir);
     * }</pre>
     */
    public static TargetEnvironment resolve(Properties systemProperties, Map<String, String> environment,
            Path workingDirectory) {
        return TargetResolver.resolve(systemProperties, environment, workingDirectory);
    }

    /** Starts a target by hand, for tools and tests: {@code TargetEnvironment.builder(uri).build()}. */
    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    /** The base URL of the system under test, absolute http or https. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The credentials for the base URL, {@link Credentials#none()} if none are set. */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * The named service.
     *
     * @throws TargetConfigurationException when there is no such service; the message names what to set
     */
    public ServiceEndpoint service(String name) {
        ServiceEndpoint service = services.get(Setting.canonicalServiceName(name));
        if (service == null) {
            Setting url = Setting.service(Setting.canonicalServiceName(name), "url");
            String known = services.isEmpty() ? "none" : String.join(", ", services.keySet());
            throw new TargetConfigurationException("No service '" + name + "' in the target environment: set "
                    + url.hint() + "; services set: " + known);
        }
        return service;
    }

    /** Every named service, by name, in name order. */
    public Map<String, ServiceEndpoint> services() {
        return services;
    }

    /** How long to wait for a connection ({@code fearless.http.connectTimeout}, default 5s). */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for an answer ({@code fearless.http.readTimeout}, default 30s). */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** The version or commit just deployed, which health checks can expect ({@code fearless.expectedVersion}). */
    public Optional<String> expectedVersion() {
        return Optional.ofNullable(expectedVersion);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetEnvironment that
                && baseUrl.equals(that.baseUrl)
                && credentials.equals(that.credentials)
                && services.equals(that.services)
                && connectTimeout.equals(that.connectTimeout)
                && readTimeout.equals(that.readTimeout)
                && Objects.equals(expectedVersion, that.expectedVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, credentials, services, connectTimeout, readTimeout, expectedVersion);
    }

    @Override
    public String toString() {
        return "TargetEnvironment[baseUrl=" + Secrets.mask(baseUrl.toString()) + ", credentials=" + credentials
                + ", services=" + services.values() + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", expectedVersion=" + expectedVersion + "]";
    }

    /** Builds a {@link TargetEnvironment}; every setting but the base URL is optional. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private final URI baseUrl;
        private Credentials credentials = Credentials.none();
        private final Map<String, ServiceEndpoint> services = new TreeMap<>();
        private final Set<String> inheriting = new HashSet<>();
        private Duration connectTimeout = TargetResolver.DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = TargetResolver.DEFAULT_READ_TIMEOUT;
        private String expectedVersion;

        private Builder(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Adds a service that uses the target's credentials, as they are when {@link #build()} is called. */
        public Builder service(String name, URI url) {
            String canonical = Setting.canonicalServiceName(name);
            services.put(canonical, new ServiceEndpoint(canonical, url, Credentials.none()));
            inheriting.add(canonical);
            return this;
        }

        /** Adds a service with credentials of its own. */
        public Builder service(ServiceEndpoint service) {
            String canonical = Setting.canonicalServiceName(service.name());
            services.put(canonical, new ServiceEndpoint(canonical, service.url(), service.credentials()));
            inheriting.remove(canonical);
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        public Builder expectedVersion(String expectedVersion) {
            this.expectedVersion = expectedVersion;
            return this;
        }

        public TargetEnvironment build() {
            for (String name : inheriting) {
                services.put(name, new ServiceEndpoint(name, services.get(name).url(), credentials));
            }
            return new TargetEnvironment(this);
        }

        private static Duration positive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
            }
            return duration;
        }
    }
}
