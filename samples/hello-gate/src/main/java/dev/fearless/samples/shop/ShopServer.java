package dev.fearless.samples.shop;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The shop's HTTP API: {@code GET /health} and {@code GET /quote?sku=...&quantity=...&price=...&code=...}, which
 * prices a one-line cart. Small on purpose: the sample is about the gate, not the shop.
 */
public final class ShopServer implements AutoCloseable {

    private final HttpServer server;

    private ShopServer(HttpServer server) {
        this.server = server;
    }

    /** Starts the API on {@code port} of the loopback address (0 for any free port). */
    public static ShopServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/health", exchange -> send(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/quote", ShopServer::quote);
        server.start();
        return new ShopServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public static void main(String[] args) throws IOException {
        ShopServer shop = start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
        System.out.println("shop listening on http://127.0.0.1:" + shop.port());
    }

    private static void quote(HttpExchange exchange) throws IOException {
        Quotes.Answer answer = Quotes.quote(exchange.getRequestURI().getQuery());
        send(exchange, answer.status(), answer.json());
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
