/**
 * Internal: prints and attaches evidence (HTTP exchanges, health reports) to the test output and the Allure report.
 * Not for use outside Fearless; may change without notice.
 */
@API(status = INTERNAL, since = "0.1")
package dev.fearless.internal.attach;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
