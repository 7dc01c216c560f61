/**
 * The Fearless Maven plugin's goals. Internal: nothing here is API; use the goals and their parameters.
 */
package dev.fearless.maven;
