package dev.fearless.maven;

import java.util.Optional;
import java.util.Properties;

/**
 * Maven's {@code maven.test.skip}, which skips compiling the tests as well as running them. The test classes on disk
 * are then an earlier build's, whose tests may since have changed or gone: a gate over them could say GO for tests
 * that no longer exist, so it refuses to run.
 */
final class SkippedTestCompilation {

    static final String PROPERTY = "maven.test.skip";

    private SkippedTestCompilation() {
    }

    /**
     * Why the gate cannot run when the property is true (on the command line, else in {@code MAVEN_OPTS} or
     * {@code .mvn/jvm.config}, else in the pom), else empty.
     */
    static Optional<String> refusal(String gate, Properties userProperties, Properties systemProperties,
            Properties projectProperties) {
        String value = userProperties.getProperty(PROPERTY, systemProperties.getProperty(PROPERTY,
                projectProperties.getProperty(PROPERTY)));
        return Boolean.parseBoolean(value) ? Optional.of("Fearless gate " + gate + ": " + PROPERTY + "=true skips"
                + " compiling the tests, so the gate would run an earlier build's test classes; drop it (-DskipTests"
                + " skips Surefire alone and the gate still runs), or skip the gate too with -Dfearless.skip=true")
                : Optional.empty();
    }
}
