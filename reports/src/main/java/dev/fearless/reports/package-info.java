/**
 * Turns a gate's {@link dev.fearless.engine.Verdict} into what people and tools read: {@code verdict.json}
 * ({@link dev.fearless.reports.VerdictJson}, written atomically by {@link dev.fearless.reports.VerdictFile}) and,
 * in {@link dev.fearless.reports.console}, the console's progress and closing table.
 */
package dev.fearless.reports;
