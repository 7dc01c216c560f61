/**
 * Internal: finding, launching and sharing the browser behind {@link dev.fearless.browser.BrowserExtension}. Not for
 * use by tests; may change without notice.
 */
package dev.fearless.internal.browser;
