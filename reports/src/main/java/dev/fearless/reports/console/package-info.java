/**
 * The console of a gate run: {@link dev.fearless.reports.console.ConsoleReporter} prints live progress per step
 * and, when the gate ends, a table of every step and rule and the decision in one line.
 */
package dev.fearless.reports.console;
