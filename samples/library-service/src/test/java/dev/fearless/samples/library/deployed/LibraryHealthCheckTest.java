package dev.fearless.samples.library.deployed;

import java.time.Duration;

import dev.fearless.api.HealthCheck;
import dev.fearless.health.Health;
import dev.fearless.target.TargetEnvironment;

/**
 * After a deploy: the service answers, reaches its database with its schema migrated, and is the version just deployed
 * ({@code FEARLESS_EXPECTED_VERSION}, which pipeline.sh sets from the pom).
 */
class LibraryHealthCheckTest {

    @HealthCheck
    void serviceAndDatabaseAreUpWithTheDeployedVersion(TargetEnvironment target) {
        Health health = Health.of(target).within(Duration.ofSeconds(20));
        health.checkAll(
                health.http("/actuator/health/db").named("library database")
                        .expectStatus(200).expectJson("status", "UP"),
                health.http("/actuator/health/schema").named("library schema")
                        .expectStatus(200).expectJson("status", "UP"),
                health.http("/actuator/health/version").named("library version")
                        .expectStatus(200).expectDeployedVersion("details.version"),
                health.http("/actuator/health").named("library-service")
                        .expectStatus(200).expectJson("status", "UP"));
    }
}
