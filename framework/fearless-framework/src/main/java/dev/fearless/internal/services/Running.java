package dev.fearless.internal.services;

import dev.fearless.services.ServiceChoice;

/**
 * A started service and where it came from.
 *
 * @param choice   where it runs and why
 * @param endpoint what the test talks to; closing it stops the container or drops the test's schema
 */
public record Running<E extends AutoCloseable>(ServiceChoice choice, E endpoint) {
}
