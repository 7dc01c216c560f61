/**
 * The {@code fearless} command line: parses the arguments into a {@link dev.fearless.engine.GateRequest}, runs
 * {@link dev.fearless.engine.GateEngine}, writes {@code verdict.json} and exits with the verdict's exit code. All the
 * gate's logic is in the engine; this package only translates.
 */
package dev.fearless.cli;
