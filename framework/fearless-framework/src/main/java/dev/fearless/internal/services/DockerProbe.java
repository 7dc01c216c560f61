package dev.fearless.internal.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fearless.internal.settings.Settings;
import dev.fearless.services.ServiceUnavailableException;

import org.testcontainers.DockerClientFactory;

/**
 * Asks a Docker engine once per JVM whether it can be used, within a time limit: an endpoint that accepts
 * connections and never answers (a stopped VM, a dead tunnel) would otherwise hold the test in Testcontainers' ping
 * for ever. The engine is contacted on a daemon thread, so a contact that never ends cannot keep the JVM alive.
 */
final class DockerProbe {
    /** How long the engine has to answer, {@code 10s} by default. */
    static final String TIMEOUT_KEY = "fearless.services.dockerTimeout";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

    /** The two questions asked of a Docker engine. */
    interface Engine {
        /** Finds and contacts the engine: where an unresponsive endpoint hangs. Throws when there is none. */
        void contact() throws Exception;

        /**
         * Whether the engine that answered can run containers. Not bounded: it may pull Testcontainers' own image,
         * which takes as long as the network does, and only runs once the engine has answered.
         */
        boolean usable();
    }

    /** Testcontainers' answer: strategy discovery pings the engine, then the client starts Ryuk and checks. */
    static final Engine TESTCONTAINERS = new Engine() {
        @Override
        public void contact() {
            DockerClientFactory.instance().getTransportConfig();
        }

        @Override
        public boolean usable() {
            return DockerClientFactory.instance().isDockerAvailable();
        }
    };

    private final Engine engine;
    private final UnaryOperator<String> environment;
    private DockerStatus answer;

    DockerProbe(Engine engine, UnaryOperator<String> environment) {
        this.engine = engine;
        this.environment = environment;
    }

    /** The first answer, asked within {@code limit}; every later call returns it without asking again. */
    synchronized DockerStatus status(Duration limit) {
        if (answer == null) {
            answer = ask(limit);
        }
        return answer;
    }

    private DockerStatus ask(Duration limit) {
        CompletableFuture<Void> contact = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                engine.contact();
                contact.complete(null);
            } catch (Throwable e) {
                contact.completeExceptionally(e);
            }
        }, "fearless-docker-probe");
        thread.setDaemon(true);
        thread.start();
        String failure;
        try {
            contact.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (engine.usable()) {
                return DockerStatus.found();
            }
            failure = null;
        } catch (TimeoutException e) {
            // The thread stays blocked in the engine's client; as a daemon it ends with the JVM.
            return DockerStatus.missing(endpoint() + " did not answer within " + format(limit) + " (limit: "
                    + TIMEOUT_KEY + ")");
        } catch (ExecutionException e) {
            // No engine found is Testcontainers' IllegalStateException, whose text adds nothing to the reason below.
            Throwable cause = e.getCause();
            failure = cause instanceof IllegalStateException ? null
                    : cause.getMessage() != null ? cause.getMessage() : cause.toString();
        } catch (RuntimeException | LinkageError e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            // Not an answer about the engine, so nothing is kept: the next test asks again.
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("interrupted while asking the Docker engine", e);
        }
        // Testcontainers only answers yes or no; say what it looked for so the user knows what to fix.
        String dockerHost = environment.apply("DOCKER_HOST");
        String reason;
        if (dockerHost != null && !dockerHost.isBlank()) {
            reason = "Testcontainers could not use DOCKER_HOST=" + dockerHost;
        } else if (Files.exists(Path.of("/var/run/docker.sock"))) {
            reason = "Testcontainers could not use /var/run/docker.sock";
        } else {
            reason = "DOCKER_HOST is not set and /var/run/docker.sock does not exist";
        }
        return DockerStatus.missing(failure == null ? reason : reason + " (" + failure + ")");
    }

    private String endpoint() {
        String dockerHost = environment.apply("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return "the Docker engine at DOCKER_HOST=" + dockerHost;
        }
        if (Files.exists(Path.of("/var/run/docker.sock"))) {
            return "the Docker engine at /var/run/docker.sock";
        }
        // Testcontainers also reads ~/.testcontainers.properties and the Docker CLI's context.
        return "the Docker engine Testcontainers found (DOCKER_HOST is not set)";
    }

    /** {@value #TIMEOUT_KEY}: {@code 500ms}, {@code 10s}, {@code 1m}; anything else fails the test, naming the key. */
    static Duration limit(Settings settings) {
        return settings.get(TIMEOUT_KEY).map(DockerProbe::parse).orElse(DEFAULT_TIMEOUT);
    }

    private static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            Duration duration = switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
            if (!duration.isZero()) {
                return duration;
            }
        }
        throw new ServiceUnavailableException(Settings.describe(TIMEOUT_KEY) + " is '" + text
                + "': expected a positive duration like 10s, 500ms or 1m");
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
