/**
 * Internal parsing of {@code fearless.yml}: a YAML tree that keeps the line and column of every key and value, and
 * the binding of that tree to {@link dev.fearless.engine.config.FearlessConfig}.
 *
 * <h2>DISCLAIMER</h2>
 *
 * <p>These classes are intended solely for usage within Fearless itself. <strong>Any usage by external parties is
 * not supported.</strong> Use {@link dev.fearless.engine.config.ConfigLoader} instead.
 */
package dev.fearless.engine.internal.config;
