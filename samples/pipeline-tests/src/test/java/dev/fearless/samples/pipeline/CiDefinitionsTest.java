package dev.fearless.samples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CI definitions in samples/ci cannot run here, but they can be read: they must stay valid YAML and keep the
 * pipeline's order, so that no deploy starts without a predeploy GO and a rollback follows only the postdeploy gate.
 */
class CiDefinitionsTest {
    private static final Path CI = Path.of(System.getProperty("fearless.root")).resolve("samples/ci");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void githubActionsDeploysOnlyAfterThePredeployGateAndGatesTheDeploy() throws IOException {
        JsonNode jobs = read("github-actions.yml").path("jobs");

        assertThat(jobs.path("deploy").path("needs").asText()).isEqualTo("predeploy");
        assertThat(jobs.path("postdeploy").path("needs").asText()).isEqualTo("deploy");
        assertThat(texts(jobs.path("rollback").path("needs"))).contains("postdeploy");
        assertThat(commands(jobs.path("predeploy"))).anyMatch(run -> run.contains("verify -Pgate=predeploy"));
        assertThat(commands(jobs.path("postdeploy")))
                .anyMatch(run -> run.contains("verify -Pgate=postdeploy") && run.contains("-Dfearless.baseUrl="));
    }

    @Test
    void gitlabRunsTheStagesInThePipelinesOrder() throws IOException {
        JsonNode pipeline = read("gitlab-ci.yml");

        assertThat(texts(pipeline.path("stages"))).containsExactly("predeploy", "deploy", "postdeploy", "rollback");
        assertThat(pipeline.path("predeploy").path("stage").asText()).isEqualTo("predeploy");
        assertThat(pipeline.path("postdeploy").path("stage").asText()).isEqualTo("postdeploy");
        assertThat(pipeline.path("rollback").path("needs").findValuesAsText("job")).contains("postdeploy");
        assertThat(pipeline.path("rollback").path("rules").findValuesAsText("when")).containsOnly("on_failure");
        assertThat(pipeline.path("predeploy").path("allow_failure").asBoolean(false)).isFalse();
        assertThat(pipeline.path("postdeploy").path("allow_failure").asBoolean(false)).isFalse();
    }

    @Test
    void jenkinsRunsThePredeployGateBeforeTheDeployAndThePostdeployGateAfterIt() throws IOException {
        String jenkinsfile = Files.readString(CI.resolve("Jenkinsfile"));

        int predeploy = jenkinsfile.indexOf("stage('Predeploy gate')");
        int deploy = jenkinsfile.indexOf("stage('Deploy')");
        int postdeploy = jenkinsfile.indexOf("stage('Postdeploy gate')");
        assertThat(predeploy).isPositive().isLessThan(deploy);
        assertThat(deploy).isLessThan(postdeploy);
    }

    /** SnakeYAML, unlike Jackson's YAML parser, resolves the anchors and aliases GitLab files use. */
    private static JsonNode read(String file) throws IOException {
        return JSON.valueToTree(new Yaml().load(Files.readString(CI.resolve(file))));
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> texts.add(item.asText()));
        } else if (!node.isMissingNode()) {
            texts.add(node.asText());
        }
        return texts;
    }

    private static List<String> commands(JsonNode job) {
        List<String> runs = new ArrayList<>();
        job.path("steps").forEach(step -> runs.add(step.path("run").asText()));
        return runs;
    }
}
