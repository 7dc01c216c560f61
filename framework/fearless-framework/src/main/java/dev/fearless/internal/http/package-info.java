/**
 * Internal: records REST Assured requests and responses for the report of a failed test. Not for use outside
 * Fearless; may change without notice.
 */
@API(status = INTERNAL, since = "0.1")
package dev.fearless.internal.http;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
