/**
 * The target environment: where the system under test lives ({@link dev.fearless.target.TargetEnvironment}), its
 * named services, and the credentials to use, read from system properties, environment variables and
 * {@code fearless.yml}. Credentials are {@link dev.fearless.target.Secret}s, and
 * {@link dev.fearless.target.Secrets#mask(String)} hides them in any text.
 */
package dev.fearless.target;
