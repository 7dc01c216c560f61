package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.junit.jupiter.api.Test;

class JacocoGoalsTest {

    @Test
    void warnsThatTheProjectsJacocoCheckAndReportFindNoDataOfThisBuild() {
        Build build = build("prepare-agent", "report", "check");

        assertThat(JacocoGoals.warning("predeploy", build)).contains("Fearless gate predeploy: this build runs"
                + " jacoco:check and jacoco:report, which read the execution data of Surefire's run; under the gate"
                + " Surefire runs no test, so they find none (or an earlier build's) and check nothing. The gate"
                + " measures coverage itself (the coverage rules of fearless.yml), with its data in"
                + " target/fearless/<step>/jacoco.exec");
    }

    @Test
    void saysNothingForPrepareAgentAloneOrWithoutJacoco() {
        assertThat(JacocoGoals.warning("predeploy", build("prepare-agent"))).isEmpty();
        assertThat(JacocoGoals.warning("predeploy", new Build())).isEmpty();
    }

    private static Build build(String... goals) {
        Plugin jacoco = new Plugin();
        jacoco.setGroupId("org.jacoco");
        jacoco.setArtifactId("jacoco-maven-plugin");
        for (String goal : goals) {
            PluginExecution execution = new PluginExecution();
            execution.setId(goal);
            execution.addGoal(goal);
            jacoco.addExecution(execution);
        }
        Build build = new Build();
        build.addPlugin(jacoco);
        return build;
    }
}
