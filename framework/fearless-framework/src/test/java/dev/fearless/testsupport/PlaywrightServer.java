package dev.fearless.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Playwright server ({@code playwright launch-server}, run through Playwright for Java's own CLI) serving the
 * local Chromium, for the {@code fearless.browser.wsEndpoint} path.
 */
public final class PlaywrightServer implements AutoCloseable {
    private static final long START_SECONDS = 90;

    private final Process process;
    private final String wsEndpoint;

    private PlaywrightServer(Process process, String wsEndpoint) {
        this.process = process;
        this.wsEndpoint = wsEndpoint;
    }

    public static PlaywrightServer start(Path chromium, Path workDir) throws IOException, InterruptedException {
        Path config = workDir.resolve("playwright-server.json");
        Files.writeString(config, """
                {"headless": true, "executablePath": "%s", "port": 0, "args": ["--no-sandbox", "--disable-gpu"]}
                """.formatted(chromium));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "com.microsoft.playwright.CLI", "launch-server", "--browser", "chromium", "--config", config.toString()))
                .directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            // Reads to the end, so the server never blocks on a full pipe.
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.startsWith("ws://")) {
                        endpoint.complete(line.strip());
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.complete(null);
        }, "playwright-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String ws = endpoint.get(START_SECONDS, TimeUnit.SECONDS);
            if (ws == null) {
                throw new IllegalStateException("playwright launch-server ended without printing its endpoint");
            }
            return new PlaywrightServer(process, ws);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            stop(process);
            throw new IllegalStateException("playwright launch-server did not print its endpoint in " + START_SECONDS
                    + " s", e);
        }
    }

    public String wsEndpoint() {
        return wsEndpoint;
    }

    @Override
    public void close() {
        try {
            stop(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
