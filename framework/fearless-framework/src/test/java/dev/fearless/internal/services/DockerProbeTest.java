package dev.fearless.internal.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.fearless.internal.settings.Settings;
import dev.fearless.services.ServiceUnavailableException;
import dev.fearless.testsupport.SilentServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The probe against a real TCP endpoint that accepts and never answers. The class's timeout turns a probe that
 * waits for ever into a failure instead of a hung build.
 */
@Timeout(60)
class DockerProbeTest {
    private static final Duration LIMIT = Duration.ofMillis(500);

    @Test
    void anEngineThatNeverAnswersIsMissingOnceTheLimitHasPassed() throws IOException {
        AtomicReference<Thread> prober = new AtomicReference<>();
        try (SilentServer server = SilentServer.start()) {
            DockerProbe probe = new DockerProbe(new PingOver(server, prober, new AtomicInteger()),
                    Map.of("DOCKER_HOST", server.dockerHost())::get);

            DockerStatus status = probe.status(LIMIT);

            assertThat(status).isEqualTo(DockerStatus.missing("the Docker engine at DOCKER_HOST="
                    + server.dockerHost() + " did not answer within 500ms (limit: fearless.services.dockerTimeout)"));
            await().atMost(Duration.ofSeconds(30)).until(() -> prober.get() != null);
            assertThat(prober.get().isAlive()).as("the contact is still waiting for an answer").isTrue();
            assertThat(prober.get().isDaemon()).as("a contact that never ends cannot keep the JVM alive").isTrue();
        }
        // Hung up on: the contact's read ends, and so does its thread.
        await().atMost(Duration.ofSeconds(30)).until(() -> !prober.get().isAlive());
    }

    @Test
    void theFirstAnswerStandsWithoutAskingAgain() throws IOException {
        AtomicInteger contacts = new AtomicInteger();
        try (SilentServer server = SilentServer.start()) {
            DockerProbe probe = new DockerProbe(new PingOver(server, new AtomicReference<>(), contacts),
                    Map.of("DOCKER_HOST", server.dockerHost())::get);
            DockerStatus first = probe.status(LIMIT);
            await().atMost(Duration.ofSeconds(30)).until(() -> contacts.get() == 1);

            // A minute's limit would fail the class's timeout if the engine were asked again.
            DockerStatus second = probe.status(Duration.ofMinutes(1));

            assertThat(second).isSameAs(first);
            assertThat(contacts).hasValue(1);
        }
    }

    @Test
    void anEngineThatAnswersIsFound() {
        DockerProbe probe = new DockerProbe(engine(() -> { }, true), Map.<String, String>of()::get);

        assertThat(probe.status(LIMIT)).isEqualTo(DockerStatus.found());
    }

    @Test
    void noEngineNamesTheEndpointTestcontainersCouldNotUse() {
        DockerProbe probe = new DockerProbe(engine(() -> {
            throw new IllegalStateException("Could not find a valid Docker environment");
        }, true), Map.of("DOCKER_HOST", "unix:///nowhere/docker.sock")::get);

        assertThat(probe.status(LIMIT))
                .isEqualTo(DockerStatus.missing("Testcontainers could not use DOCKER_HOST=unix:///nowhere/docker.sock"));
    }

    @Test
    void anEngineThatAnswersButCannotRunContainersIsMissing() {
        DockerProbe probe = new DockerProbe(engine(() -> { }, false), Map.of("DOCKER_HOST", "tcp://docker:2375")::get);

        assertThat(probe.status(LIMIT))
                .isEqualTo(DockerStatus.missing("Testcontainers could not use DOCKER_HOST=tcp://docker:2375"));
    }

    @Test
    void theLimitComesFromTheSettingsAndIsTenSecondsByDefault() {
        assertThat(DockerProbe.limit(settings(Map.of()))).isEqualTo(Duration.ofSeconds(10));
        assertThat(DockerProbe.limit(settings(Map.of("fearless.services.dockerTimeout", "1500ms"))))
                .isEqualTo(Duration.ofMillis(1500));
        assertThat(DockerProbe.limit(new Settings(key -> Optional.empty(), key -> null,
                Map.of("FEARLESS_SERVICES_DOCKER_TIMEOUT", "2s")::get))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aLimitThatIsNotADurationFailsNamingTheSetting() {
        assertThatThrownBy(() -> DockerProbe.limit(settings(Map.of("fearless.services.dockerTimeout", "soon"))))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessage("fearless.services.dockerTimeout (env FEARLESS_SERVICES_DOCKER_TIMEOUT) is 'soon': "
                        + "expected a positive duration like 10s, 500ms or 1m");
    }

    private static Settings settings(Map<String, String> parameters) {
        return new Settings(key -> Optional.ofNullable(parameters.get(key)), key -> null, key -> null);
    }

    private static DockerProbe.Engine engine(Runnable contact, boolean usable) {
        return new DockerProbe.Engine() {
            @Override
            public void contact() {
                contact.run();
            }

            @Override
            public boolean usable() {
                return usable;
            }
        };
    }

    /** Sends the Docker API's ping to the server and waits for the answer, as Testcontainers' client does. */
    private record PingOver(SilentServer server, AtomicReference<Thread> prober, AtomicInteger contacts)
            implements DockerProbe.Engine {
        @Override
        public void contact() throws IOException {
            prober.set(Thread.currentThread());
            contacts.incrementAndGet();
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write("GET /_ping HTTP/1.1\r\nHost: docker\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                if (in.read() != -1) {
                    throw new AssertionError("the silent server answered");
                }
            }
            throw new IllegalStateException("the endpoint hung up");
        }

        @Override
        public boolean usable() {
            throw new AssertionError("asked whether an engine that never answered can run containers");
        }
    }
}
