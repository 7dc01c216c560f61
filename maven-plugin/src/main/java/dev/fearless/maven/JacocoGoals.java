package dev.fearless.maven;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;

/**
 * The project's own {@code jacoco:check} and {@code jacoco:report}, which read the execution data Surefire's run
 * leaves. Under the gate Surefire runs nothing, so they find none (and skip) or find an earlier build's: a coverage
 * check the team relies on would stop without a word. The gate says so, and where its own data is.
 */
final class JacocoGoals {

    static final String JACOCO_PLUGIN = "org.jacoco:jacoco-maven-plugin";

    private static final List<String> READERS_OF_SUREFIRES_DATA = List.of("check", "report");

    private JacocoGoals() {
    }

    /** A warning when {@code build} runs JaCoCo's check or report goals, else empty. */
    static Optional<String> warning(String gate, Build build) {
        Plugin plugin = build.getPluginsAsMap().get(JACOCO_PLUGIN);
        if (plugin == null) {
            return Optional.empty();
        }
        TreeSet<String> goals = new TreeSet<>();
        for (PluginExecution execution : plugin.getExecutions()) {
            execution.getGoals().stream().filter(READERS_OF_SUREFIRES_DATA::contains).forEach(goals::add);
        }
        return goals.isEmpty() ? Optional.empty() : Optional.of("Fearless gate " + gate + ": this build runs jacoco:"
                + String.join(" and jacoco:", goals) + ", which read the execution data of Surefire's run; under the"
                + " gate Surefire runs no test, so they find none (or an earlier build's) and check nothing. The gate"
                + " measures coverage itself (the coverage rules of fearless.yml), with its data in"
                + " target/fearless/<step>/jacoco.exec");
    }
}
