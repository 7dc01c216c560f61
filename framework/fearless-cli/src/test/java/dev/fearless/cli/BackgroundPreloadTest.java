package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class BackgroundPreloadTest {

    @Test
    void awaitReturnsOnceThePreloadHasRunAndNoPreloadThreadIsLeft() {
        BackgroundPreload.start();
        BackgroundPreload.start();

        CompletableFuture<Void> awaited = CompletableFuture.runAsync(BackgroundPreload::await);

        assertThat(awaited).succeedsWithin(Duration.ofMinutes(1));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("fearless-preload"));
    }
}
