package dev.fearless.engine.internal.coverage;

import java.nio.file.Path;

/** The JaCoCo runtime agent, extracted from {@code org.jacoco.agent} so the fork can load it. */
public final class JacocoAgent {

    private JacocoAgent() {
    }

    /** Extracts {@code jacocoagent.jar} into {@code dir} (once) and returns its path. */
    public static Path extract(Path dir) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The {@code -javaagent:} argument that writes fresh execution data to {@code execFile} when the JVM ends. */
    public static String javaagentArgument(Path agentJar, Path execFile) {
        throw new UnsupportedOperationException("TODO");
    }
}
