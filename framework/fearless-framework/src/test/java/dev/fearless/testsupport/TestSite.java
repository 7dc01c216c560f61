package dev.fearless.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A one-page site on a free loopback port: a heading that says "Waiting", a button whose script makes it "Done", and a
 * text field.
 */
public final class TestSite implements AutoCloseable {
    static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Fearless test site</title></head>
            <body>
              <h1 id="status">Waiting</h1>
              <button id="go" onclick="document.getElementById('status').textContent = 'Done'">Go</button>
              <label>Your name <input id="name"></label>
            </body>
            </html>
            """;

    private final HttpServer server;

    /** Where the site also serves its page, as {@link #SHOP_TITLE}. */
    public static final String SHOP_PATH = "/shop/";
    public static final String SHOP_TITLE = "Fearless test shop";

    private TestSite(HttpServer server) {
        this.server = server;
    }

    public static TestSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            // The same page below /shop/, titled apart: a site whose base URL has a path.
            String path = exchange.getRequestURI().getPath();
            boolean shop = SHOP_PATH.equals(path);
            byte[] body = (shop ? PAGE.replace("Fearless test site", SHOP_TITLE) : PAGE).getBytes(StandardCharsets.UTF_8);
            boolean root = "/".equals(path) || shop;
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(root ? 200 : 404, root ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (root) {
                    out.write(body);
                }
            }
        });
        server.start();
        return new TestSite(server);
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
