package dev.fearless.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

class GateWatcherTest {

    @Test
    void aFinishedRunEndsTheWatchSoTheForkExitsWithoutWaitingOnABlockedRead() throws IOException {
        try (ServerSocket gate = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket fork = new Socket()) {
            fork.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), gate.getLocalPort()));
            try (Socket gateSide = gate.accept()) {
                GateWatcher watcher = new GateWatcher(fork);
                watcher.start();
                assertThat(watcher.watching()).as("watching while the tests run").isTrue();

                watcher.finished();

                assertThat(watcher.watching()).as("still blocked in a read after the run ended").isFalse();
                // The gate's end of the connection is untouched: events written after this still arrive.
                fork.getOutputStream().write('D');
                fork.getOutputStream().flush();
                assertThat(gateSide.getInputStream().read()).isEqualTo('D');
            }
            // The gate closed its end after the run: this JVM is still here, so the watcher did not halt it.
        }
    }
}
