/**
 * Internal: where declared services run (a container or an external service), and starting and stopping them. Not for
 * use by tests; may change without notice.
 */
package dev.fearless.internal.services;
