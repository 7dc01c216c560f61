/**
 * Internal: the JaCoCo agent for the fork and the coverage computed from its execution data. Not API; it may change in
 * any release.
 */
package dev.fearless.engine.internal.coverage;
