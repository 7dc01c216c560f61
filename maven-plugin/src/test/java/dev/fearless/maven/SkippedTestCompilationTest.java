package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class SkippedTestCompilationTest {

    @Test
    void refusesTheGateWhenTheTestsAreNotCompiledInThisBuild() {
        Properties user = new Properties();
        user.setProperty("maven.test.skip", "true");

        assertThat(SkippedTestCompilation.refusal("predeploy", user, new Properties(), new Properties())).contains("Fearless gate"
                + " predeploy: maven.test.skip=true skips compiling the tests, so the gate would run an earlier build's"
                + " test classes; drop it (-DskipTests skips Surefire alone and the gate still runs), or skip the gate"
                + " too with -Dfearless.skip=true");
    }

    @Test
    void readsThePomsPropertyUnlessTheCommandLineSaysOtherwise() {
        Properties pom = new Properties();
        pom.setProperty("maven.test.skip", "true");
        Properties user = new Properties();

        Properties system = new Properties();
        assertThat(SkippedTestCompilation.refusal("predeploy", user, system, pom)).isPresent();
        user.setProperty("maven.test.skip", "false");
        assertThat(SkippedTestCompilation.refusal("predeploy", user, system, pom)).isEmpty();
        assertThat(SkippedTestCompilation.refusal("predeploy", new Properties(), system, new Properties())).isEmpty();
        // MAVEN_OPTS=-Dmaven.test.skip=true: a system property, which the compiler plugin honours too.
        system.setProperty("maven.test.skip", "true");
        assertThat(SkippedTestCompilation.refusal("predeploy", new Properties(), system, new Properties()))
                .isPresent();
    }
}
