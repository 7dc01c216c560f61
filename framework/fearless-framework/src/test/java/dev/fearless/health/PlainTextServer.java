package dev.fearless.health;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Answers every connection at once with plain HTTP and hangs up: what a TLS client meets at a plain HTTP port. */
final class PlainTextServer implements AutoCloseable {
    private final ServerSocket socket;

    private PlainTextServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "plain-text-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static PlainTextServer start() throws IOException {
        return new PlainTextServer();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept(); OutputStream out = client.getOutputStream()) {
                out.write("HTTP/1.1 400 Bad Request\\r\\nContent-Length: 0\\r\\n\\r\\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // Closed: the test is over.
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
