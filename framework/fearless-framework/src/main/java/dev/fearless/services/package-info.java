/**
 * Production-like services for module tests: {@link dev.fearless.services.FearlessServices#postgres()} and
 * {@link dev.fearless.services.FearlessServices#container(String)}, each a Testcontainers container when Docker is
 * there and an external service otherwise.
 */
package dev.fearless.services;
