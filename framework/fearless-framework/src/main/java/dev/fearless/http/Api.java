package dev.fearless.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import dev.fearless.target.Credentials;
import dev.fearless.target.Secrets;
import dev.fearless.target.ServiceEndpoint;
import dev.fearless.target.TargetEnvironment;
import io.restassured.RestAssured;
import io.restassured.authentication.AuthenticationScheme;
import io.restassured.authentication.PreemptiveBasicAuthScheme;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * REST Assured, ready for the target environment or one of its services: base URI, authentication (Basic or bearer,
 * from the target's credentials), JSON content type and accept, and the target's connect and read timeouts. Immutable;
 * each {@link #given()} starts a fresh request. Nothing static of REST Assured ({@code RestAssured.baseURI},
 * {@code RestAssured.config}, ...) is changed, and its static defaults do not override these settings.
 *
 * <pre>{@code
 * @ModuleTest
 * void createsAnOrder(Api api) {
 *     api.given().body(Map.of("sku", "A-1", "quantity", 2))
 *         .post("/orders")
 *         .then().statusCode(201).body("status", equalTo("NEW"));
 * }
 * }</pre>
 *
 * <p>Outside a test, build one with {@link #of(TargetEnvironment)} or {@link #of(TargetEnvironment, String)}.
 */
@API(status = STABLE, since = "0.1")
public final class Api {
    private final String name;
    private final URI baseUri;
    private final Credentials credentials;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final List<Filter> filters;

    private Api(String name, URI baseUri, Credentials credentials, Duration connectTimeout, Duration readTimeout,
            List<Filter> filters) {
        this.name = name;
        this.baseUri = baseUri;
        this.credentials = credentials;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.filters = List.copyOf(filters);
    }

    /** The API at the target's base URL, with the target's credentials. */
    public static Api of(TargetEnvironment target) {
        return new Api("target", target.baseUrl(), target.credentials(), target.connectTimeout(), target.readTimeout(),
                List.of());
    }

    /**
     * The API of a named service, with its credentials.
     *
     * @throws dev.fearless.target.TargetConfigurationException when the target has no such service
     */
    public static Api of(TargetEnvironment target, String service) {
        ServiceEndpoint endpoint = target.service(service);
        return new Api(endpoint.name(), endpoint.url(), endpoint.credentials(), target.connectTimeout(),
                target.readTimeout(), List.of());
    }

    /** A copy that also runs {@code filter} on every request, like {@code RequestSpecBuilder.addFilter}. */
    public Api withFilter(Filter filter) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(Objects.requireNonNull(filter, "filter"));
        return new Api(name, baseUri, credentials, connectTimeout, readTimeout, more);
    }

    /** A copy with other timeouts, for the one call that is known to be slow. */
    public Api withTimeouts(Duration connectTimeout, Duration readTimeout) {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive, were " + connectTimeout + " and " + readTimeout);
        }
        return new Api(name, baseUri, credentials, connectTimeout, readTimeout, filters);
    }

    /** Starts a request: {@code RestAssured.given().spec(spec())}. */
    public RequestSpecification given() {
        return RestAssured.given().spec(spec());
    }

    /** A new specification with every setting of this API, to pass to {@code given(spec)} or extend. */
    public RequestSpecification spec() {
        RequestSpecBuilder builder = new RequestSpecBuilder()
                .setBaseUri(baseUri)
                .setBasePath("")
                .setContentType(ContentType.JSON)
                .setAccept(ContentType.JSON)
                .setConfig(config());
        authentication().ifPresent(builder::setAuth);
        filters.forEach(builder::addFilter);
        return builder.build();
    }

    /** {@code target} or the service's name. */
    public String name() {
        return name;
    }

    public URI baseUri() {
        return baseUri;
    }

    @Override
    public String toString() {
        return "Api[" + name + " " + Secrets.mask(baseUri.toString()) + ", credentials=" + credentials + "]";
    }

    private RestAssuredConfig config() {
        // REST Assured 6 still runs on Apache HttpClient 4, configured by these (deprecated there) parameter names.
        HttpClientConfig http = HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", Math.toIntExact(connectTimeout.toMillis()))
                .setParam("http.socket.timeout", Math.toIntExact(readTimeout.toMillis()));
        return RestAssuredConfig.newConfig().httpClient(http);
    }

    private Optional<AuthenticationScheme> authentication() {
        if (credentials instanceof Credentials.Basic basic) {
            PreemptiveBasicAuthScheme scheme = new PreemptiveBasicAuthScheme();
            scheme.setUserName(basic.username());
            scheme.setPassword(basic.password().reveal());
            return Optional.of(scheme);
        }
        if (credentials instanceof Credentials.Bearer bearer) {
            PreemptiveOAuth2HeaderScheme scheme = new PreemptiveOAuth2HeaderScheme();
            scheme.setAccessToken(bearer.token().reveal());
            return Optional.of(scheme);
        }
        return Optional.empty();
    }
}
