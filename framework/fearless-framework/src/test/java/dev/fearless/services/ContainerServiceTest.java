package dev.fearless.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import dev.fearless.api.ModuleTest;
import dev.fearless.internal.services.DockerStatus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A generic service's external path, against the local PostgreSQL's port as any TCP service. */
class ContainerServiceTest {

    @BeforeAll
    static void thisMachineHasNoDockerEngine() {
        assumeFalse(DockerStatus.probe().available(), "these decisions are the ones made without a Docker engine");
    }

    @Test
    void withoutDockerUsesTheExternalHostAndPort() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(TcpService.class))
                .configurationParameter("fearless.services.pg.host", "127.0.0.1")
                .configurationParameter("fearless.services.pg.port", "5432")
                .execute().testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void anExternalServiceThatDoesNotListenFailsTheTestWithTheReason() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(TcpService.class))
                .configurationParameter("fearless.services.pg.host", "127.0.0.1")
                .configurationParameter("fearless.services.pg.port", "1")
                .execute().testEvents().assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(
                        m -> m.startsWith("pg: external service 127.0.0.1:1 is not reachable: ")
                                && m.endsWith("(check fearless.services.pg.host and fearless.services.pg.port)")))));
    }

    static class TcpService {
        @RegisterExtension
        static final ContainerService pg = FearlessServices.container("postgres:17-alpine").name("pg")
                .exposedPorts(5432);

        @ModuleTest
        void isReachableAtItsAddress() throws IOException {
            assertThat(pg.address(5432)).isEqualTo("127.0.0.1:5432");
            assertThat(pg.choice().source()).isEqualTo(ServiceChoice.Source.EXTERNAL);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(pg.host(), pg.port(5432)), 5_000);
                assertThat(socket.isConnected()).isTrue();
            }
        }
    }
}
