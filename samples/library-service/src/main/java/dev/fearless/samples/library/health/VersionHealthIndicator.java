package dev.fearless.samples.library.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * Puts the running version into {@code /actuator/health} ({@code components.version.details.version}), so a check
 * after a deploy can tell that the new build answers, not the old one.
 */
@Component("version")
public class VersionHealthIndicator implements HealthIndicator {
    private final String version;

    public VersionHealthIndicator(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        // Run from an IDE without the build-info file, the version is unknown rather than made up.
        this.version = properties == null ? "unknown" : properties.getVersion();
    }

    @Override
    public Health health() {
        return Health.up().withDetail("version", version).build();
    }
}
