package dev.fearless.internal.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import dev.fearless.target.Secrets;
import io.restassured.authentication.AuthenticationScheme;
import io.restassured.authentication.PreemptiveBasicAuthScheme;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A REST Assured filter that keeps the last requests and responses in memory, so that they can be shown when a test
 * fails, and only then. Runs last, to record the request as it goes on the wire.
 */
@API(status = INTERNAL, since = "0.1")
public final class ExchangeRecorder implements OrderedFilter {
    static final int MAX_EXCHANGES = 50;
    static final int MAX_BODY = 20_000;
    /** A header that carries a credential: Authorization, cookies, X-Api-Key, X-Auth-Token, X-Client-Secret, ... */
    private static final Pattern CREDENTIAL_HEADER =
            Pattern.compile("(?i).*(authorization|cookie|token|secret|api-?key|password|auth).*");

    private final Deque<Exchange> exchanges = new ArrayDeque<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Instant start = Instant.now();
        String requestText = describe(request);
        try {
            Response response = context.next(request, responseSpec);
            add(new Exchange(start, requestText, describe(response), Duration.between(start, Instant.now())));
            return response;
        } catch (RuntimeException | Error e) {
            add(new Exchange(start, requestText, "no response: " + e, Duration.between(start, Instant.now())));
            throw e;
        }
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    /** The exchanges that started at or after {@code since}, oldest first. */
    public List<Exchange> since(Instant since) {
        synchronized (exchanges) {
            return exchanges.stream().filter(exchange -> !exchange.start().isBefore(since)).toList();
        }
    }

    private void add(Exchange exchange) {
        synchronized (exchanges) {
            if (exchanges.size() == MAX_EXCHANGES) {
                exchanges.removeFirst();
            }
            exchanges.addLast(exchange);
        }
    }

    private static String describe(FilterableRequestSpecification request) {
        StringBuilder text = new StringBuilder(request.getMethod()).append(' ').append(request.getURI()).append('\n');
        for (Header header : request.getHeaders()) {
            text.append(header(header.getName(), header.getValue()));
        }
        AuthenticationScheme auth = request.getAuthenticationScheme();
        if (auth instanceof PreemptiveBasicAuthScheme || auth instanceof PreemptiveOAuth2HeaderScheme) {
            text.append(header("Authorization", "set by the target's credentials"));
        }
        Map<String, String> form = request.getFormParams();
        if (!form.isEmpty()) {
            // Pair by pair: the map's text would attach its own punctuation to the last value of each pair.
            form.forEach((name, value) -> Secrets.rememberCredentialFields(name + "=" + value));
            text.append('\n').append(form).append('\n');
        }
        Object body = request.getBody();
        if (body != null) {
            String content = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
            Secrets.rememberCredentialFields(content);
            text.append('\n').append(truncate(content)).append('\n');
        }
        return text.toString();
    }

    private static String describe(Response response) {
        StringBuilder text = new StringBuilder(response.getStatusLine()).append('\n');
        for (Header header : response.getHeaders()) {
            text.append(header(header.getName(), header.getValue()));
        }
        String body = response.asString();
        // Before any assertion on this response: a token it hands out is masked in that assertion's message too.
        Secrets.rememberCredentialFields(body);
        if (body != null && !body.isEmpty()) {
            text.append('\n').append(truncate(body)).append('\n');
        }
        return text.toString();
    }

    private static String header(String name, String value) {
        boolean credential = CREDENTIAL_HEADER.matcher(name).matches();
        return name + ": " + (credential ? Secrets.MASK : value) + "\n";
    }

    private static String truncate(String body) {
        return body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY) + "... (" + body.length() + " chars)";
    }
}
