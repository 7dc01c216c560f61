/**
 * Internal: how Fearless reads its settings. Not for use by tests; may change without notice.
 */
package dev.fearless.internal.settings;
