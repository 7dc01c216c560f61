/**
 * The annotations that put a test in one of the five layers: {@link dev.fearless.api.UnitTest},
 * {@link dev.fearless.api.ModuleTest}, {@link dev.fearless.api.HealthCheck}, {@link dev.fearless.api.SmokeTest} and
 * {@link dev.fearless.api.E2ETest}.
 */
package dev.fearless.api;
