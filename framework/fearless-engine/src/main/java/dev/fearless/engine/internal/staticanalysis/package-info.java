/**
 * Internal: reading static-analysis reports (SARIF 2.1.0, Checkstyle, PMD, SpotBugs) into finding counts, and the
 * engine's own PMD analysis. Not API; it may change in any release.
 */
package dev.fearless.engine.internal.staticanalysis;
