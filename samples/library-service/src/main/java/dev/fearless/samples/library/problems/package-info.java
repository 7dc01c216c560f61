/** The library's refusals, each answered with its own HTTP status (see {@code web.ApiErrors}). */
package dev.fearless.samples.library.problems;
