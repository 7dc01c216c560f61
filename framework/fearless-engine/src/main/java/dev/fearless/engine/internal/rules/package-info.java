/** Internal: the rules of a step and their messages. Not API. */
package dev.fearless.engine.internal.rules;
