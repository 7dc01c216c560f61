package dev.fearless.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 and a free port, for tests: it records every request and answers with the
 * {@link Handler} given. {@link Request#hang()} holds a request without answering until the server closes.
 */
public final class LocalHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    /** Answers one request; a handler that throws answers 500. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange, Request request) throws IOException;
    }

    /** A recorded request; header names are lower case. */
    public record Request(String method, String path, Map<String, String> headers, String body,
            CountDownLatch closing) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** Holds the request without an answer until the server is closed (a minute at most). */
        public void hang() {
            try {
                closing.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private LocalHttpServer(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try {
                Request request = record(exchange, closing);
                requests.add(request);
                handler.handle(exchange, request);
            } catch (IOException | RuntimeException e) {
                respond(exchange, 500, "{\"error\":\"" + e + "\"}");
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public static LocalHttpServer start(Handler handler) {
        try {
            return new LocalHttpServer(handler);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a local HTTP server", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private static Request record(HttpExchange exchange, CountDownLatch closing) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body, closing);
    }
}
