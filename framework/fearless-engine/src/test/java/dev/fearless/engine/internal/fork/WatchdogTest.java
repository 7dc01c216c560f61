package dev.fearless.engine.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WatchdogTest {

    @Test
    void aLimitTooLongForNanosecondsNeverRunsOutInsteadOfOverflowing() {
        assertThat(Watchdog.nanos(Duration.ofDays(365L * 1_000))).isEqualTo(Long.MAX_VALUE);
        assertThat(Watchdog.nanos(Duration.ofSeconds(2))).isEqualTo(2_000_000_000L);
    }
}
