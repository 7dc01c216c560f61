/**
 * Internal: starts the forked test JVM, reads its event stream and watches it for crashes and hangs. Not API: any
 * type here may change without notice.
 */
package dev.fearless.engine.internal.fork;
