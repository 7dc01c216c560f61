package dev.fearless.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials planted in every place a run takes them from never show up in anything the run writes or says. */
class GateEngineSecretsTest {

    private static final String URL_PASSWORD = "url-pa55word-planted";
    private static final String ENV_TOKEN = "env-t0ken-planted";
    private static final String YAML_TOKEN = "yaml-t0ken-planted";
    private static final String PROPERTY_PASSWORD = "pr0perty-pa55word-planted";

    @TempDir
    Path dir;

    @Test
    void masksPlantedCredentialsInEveryFileAndEveryEvent() throws Exception {
        Files.writeString(dir.resolve("fearless.yml"), """
                target:
                  baseUrl: http://127.0.0.1:9
                  token: %s
                gates:
                  leaky:
                    - step: unit
                      passRate: 1.0
                """.formatted(YAML_TOKEN));
        FixtureProject project = FixtureProject.junit5(dir).test("LeakyTest", """
                class LeakyTest {
                    @Test void printsAndFailsWithEverySecret() throws Exception {
                        assertEquals("%2$s", System.getProperty("db.password"), "the property reaches the test");
                        assertFalse(ProcessHandle.current().info().commandLine().orElseThrow().contains("%2$s"),
                                "the property is not on the command line, where ps shows it");
                        String all = System.getenv("FEARLESS_BASE_URL") + " " + System.getenv("API_TOKEN") + " %1$s";
                        System.out.println("stdout: " + all);
                        System.err.println("stderr: " + all);
                        // As Allure's listener would write a failure: the gate masks what it publishes.
                        java.nio.file.Path results = java.nio.file.Path.of(System.getProperty("allure.results.directory"));
                        java.nio.file.Files.createDirectories(results);
                        java.nio.file.Files.writeString(results.resolve("leaky-result.json"),
                                "{\\"message\\":\\"" + all + " %2$s\\"}");
                        fail("failed with " + all);
                    }
                }
                """.formatted(YAML_TOKEN, PROPERTY_PASSWORD));
        List<String> heard = new ArrayList<>();

        Verdict verdict = new GateEngine().run(project.request("leaky")
                .baseUrl("http://admin:" + URL_PASSWORD + "@127.0.0.1:9/")
                .environment(Map.of("API_TOKEN", ENV_TOKEN))
                // A directory meant for plain Surefire runs: under the gate, Allure writes into the report folder.
                .systemProperties(Map.of("db.password", PROPERTY_PASSWORD,
                        "allure.results.directory", dir.resolve("elsewhere").toString()))
                .build(), new GateListener() {
                    @Override
                    public void testFinished(dev.fearless.engine.config.StepDefinition step, TestResult result) {
                        heard.add(result.message() + result.stackTrace());
                    }

                    @Override
                    public void gateFinished(Verdict finished) {
                        heard.add(finished.toString());
                    }
                });

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.reason()).contains("failed with http://****@127.0.0.1:9/ **** ****");
        assertThat(heard).isNotEmpty().allSatisfy(text -> assertThat(text)
                .doesNotContain(URL_PASSWORD, ENV_TOKEN, YAML_TOKEN));
        Path output = dir.resolve("report/unit/output.txt");
        assertThat(Files.readString(output)).contains("stdout: http://****@127.0.0.1:9/ **** ****");
        assertThat(dir.resolve("report/allure-results/leaky-result.json")).content()
                .contains("\"message\":\"http://****@127.0.0.1:9/ **** **** ****\"");
        assertThat(dir.resolve("report/unit/fork.args")).content().contains("-Ddb.password=****");
        assertThat(filesUnder(dir.resolve("report"))).isNotEmpty().allSatisfy(file -> assertThat(
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                .doesNotContain(URL_PASSWORD, ENV_TOKEN, YAML_TOKEN, PROPERTY_PASSWORD));
    }

    @Test
    void aSecretWithQuotesBackslashesAndLineBreaksReachesTheTestWholeAndLeavesNoTrace() throws Exception {
        String password = "multi\nline \\ \"quoted\" pa55word";
        String token = "argline-t0ken-planted";
        FixtureProject project = FixtureProject.junit5(dir).test("PropertyTest", """
                class PropertyTest {
                    @Test void seesThePropertiesAsGiven() {
                        String password = System.getProperty("db.password");
                        assertEquals(System.getenv("EXPECTED_PASSWORD_BASE64"), java.util.Base64.getEncoder()
                                .encodeToString(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                        System.out.println("token " + System.getProperty("api.token") + ", password " + password);
                    }
                }
                """);

        Verdict verdict = new GateEngine().run(project.request("test")
                .systemProperties(Map.of("db.password", password))
                .jvmArgs(List.of("-Dapi.token=" + token))
                .environment(Map.of("EXPECTED_PASSWORD_BASE64", java.util.Base64.getEncoder()
                        .encodeToString(password.getBytes(StandardCharsets.UTF_8))))
                .build(), gate(), GateListener.NONE);

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        Path forkArgs = dir.resolve("report/unit/fork.args");
        assertThat(forkArgs).content().contains("-Dapi.token=****", "-Ddb.password=****")
                .doesNotContain("pa55word", token);
        // The output is masked line by line: each long line of a multi-line secret is masked on its own.
        assertThat(dir.resolve("report/unit/output.txt")).content().contains("token ****, password multi")
                .doesNotContain("pa55word", token);
        if (forkArgs.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(forkArgs)))
                    .as("readable by its owner only").isEqualTo("rw-------");
        }
    }

    private static dev.fearless.engine.config.FearlessConfig gate() {
        return new dev.fearless.engine.config.FearlessConfig(Map.of("test", new dev.fearless.engine.config
                .GateDefinition("test", List.of(dev.fearless.engine.config.StepDefinition.of(Layer.UNIT)))),
                java.util.Optional.of(Layer.UNIT), "test config");
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
