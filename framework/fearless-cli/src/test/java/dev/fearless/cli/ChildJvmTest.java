package dev.fearless.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChildJvmTest {

    /** A JVM that cannot start exits with 1, which must not be read as the gate's STOP. */
    @Test
    void aChildWhoseJvmDoesNotStartGivesNoExitCode() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(ChildJvm.run(List.of(java, "-XX:+NoSuchOptionAnywhere", "-version"))).isEmpty();
    }

    /** The started file is gone once a JVM that deletes it first thing has run: its exit code is the answer. */
    @Test
    void aChildThatStartedGivesItsExitCode() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(ChildJvm.run(List.of(java, "-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), ExitsWithSeven.class.getName()))).hasValue(7);
    }

    /** Confirms its start as the launcher's child does, then exits with 7. */
    public static final class ExitsWithSeven {
        public static void main(String[] args) {
            ChildJvm.confirmStarted(System.getProperty(ChildJvm.STARTED_PROPERTY));
            System.exit(7);
        }
    }
}
