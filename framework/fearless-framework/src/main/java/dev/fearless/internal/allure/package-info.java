/**
 * Internal: adding attachments and parameters to the running Allure test. Not for use by tests; may change without
 * notice.
 */
package dev.fearless.internal.allure;
