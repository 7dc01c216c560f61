/**
 * Browser tests: {@link dev.fearless.browser.BrowserExtension} hands each {@code @E2ETest} a Playwright page of its own.
 */
package dev.fearless.browser;
