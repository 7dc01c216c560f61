/**
 * API tests: {@link dev.fearless.http.Api}, REST Assured configured for the target environment, injected into tests
 * as an {@code Api} or a {@code RequestSpecification} parameter, for a named service with
 * {@link dev.fearless.http.Service @Service}.
 */
package dev.fearless.http;
