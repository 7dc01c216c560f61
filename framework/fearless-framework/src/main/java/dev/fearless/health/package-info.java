/**
 * Health checks: {@link dev.fearless.health.Health}, a fluent, immutable DSL on Awaitility that polls HTTP endpoints
 * and TCP ports of the target environment until they are healthy or their budget is spent, and fails with what it
 * saw last.
 */
package dev.fearless.health;
