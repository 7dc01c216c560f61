package dev.fearless.samples.library.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The service's clock in module tests: due dates are then known, whatever the time of day the tests run. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClock {
    static final Instant NOW = Instant.parse("2026-02-20T10:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
