/**
 * Internal: the JUnit Jupiter extension that the layer annotations and {@code @FearlessTest} register. Not for use
 * outside Fearless; may change without notice.
 */
@API(status = INTERNAL, since = "0.1")
package dev.fearless.internal.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
