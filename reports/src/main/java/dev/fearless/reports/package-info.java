/**
 * Turns a gate's {@link dev.fearless.engine.Verdict} into what people and tools read: {@code verdict.json}
 * ({@link dev.fearless.reports.VerdictJson}, written atomically by {@link dev.fearless.reports.VerdictFile}),
 * the JUnit XML, Markdown and HTML reports ({@link dev.fearless.reports.ReportWriters}, streamed as the gate runs)
 * and, in {@link dev.fearless.reports.console}, the console's progress and closing table.
 * {@link dev.fearless.reports.ReportedRun} is the one path that runs a gate with all of them.
 */
package dev.fearless.reports;
