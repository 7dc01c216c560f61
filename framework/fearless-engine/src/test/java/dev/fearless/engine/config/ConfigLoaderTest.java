package dev.fearless.engine.config;

import static dev.fearless.engine.CoverageMetric.BRANCH;
import static dev.fearless.engine.CoverageMetric.INSTRUCTION;
import static dev.fearless.engine.CoverageMetric.LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.Layer;
import dev.fearless.engine.Severity;

/** Reading valid files, merging them with the built-in gates, and finding the file to read. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKeyOfEveryStep() throws IOException {
        Path file = write("fearless.yml", """
                defaultLayer: module
                gates:
                  predeploy:
                    - step: unit
                      passRate: 0.999
                      minTests: 10
                      coverage: { line: 0.85, branch: 0.70, instruction: 0.8, exclude: ["*.Jdbc*Repository"] }
                      testTimeout: 60s
                      maxDuration: 10m
                    - step: module
                      passRate: 1
                    - step: static
                      maxFindings: { error: 0, critical: 0, major: 5, minor: 10, info: 100 }
                      reports: [target/pmd.xml, build/reports/spotbugs.xml]
                """);

        FearlessConfig config = ConfigLoader.load(file);

        assertThat(config.source()).isEqualTo(file.toString());
        assertThat(config.defaultLayer()).contains(Layer.MODULE);
        assertThat(config.requireGate("predeploy").steps()).containsExactly(
                new StepDefinition("unit", 0.999, 10, Map.of(LINE, 0.85, BRANCH, 0.70, INSTRUCTION, 0.8),
                        List.of("*.Jdbc*Repository"), Duration.ofSeconds(60), Duration.ofMinutes(10), Map.of(),
                        List.of()),
                new StepDefinition("module", 1.0, 1, Map.of(), null, null, Map.of(), List.of()),
                new StepDefinition("static", null, 0, Map.of(), null, null,
                        Map.of(Severity.ERROR, 0L, Severity.CRITICAL, 0L, Severity.MAJOR, 5L, Severity.MINOR, 10L,
                                Severity.INFO, 100L),
                        List.of("target/pmd.xml", "build/reports/spotbugs.xml")));
    }

    @Test
    void readsBlockStyleMappingsAndLists() throws IOException {
        Path file = write("fearless.yml", """
                gates:
                  nightly:
                    - step: e2e
                      coverage:
                        branch: 0
                      testTimeout: 500ms
                    - step: static
                      reports:
                        - target/pmd.xml
                      maxFindings:
                        major: 3
                """);

        assertThat(ConfigLoader.load(file).requireGate("nightly").steps()).containsExactly(
                StepDefinition.of(Layer.E2E).withCoverage(Map.of(BRANCH, 0.0)).withTestTimeout(Duration.ofMillis(500)),
                StepDefinition.staticAnalysis(Map.of(Severity.MAJOR, 3L)).withReports(List.of("target/pmd.xml")));
    }

    @Test
    void readsCoverageExcludesInFileOrder() throws IOException {
        Path file = write("fearless.yml", """
                gates:
                  predeploy:
                    - step: unit
                      passRate: 1.0
                      coverage:
                        line: 0.85
                        exclude: ["*.Jdbc*Repository", "com.example.LibraryApplication"]
                    - step: module
                      coverage:
                        exclude:
                          - com.example.Library?pplication
                          - '*.Foo$*'
                        branch: 0.5
                """);

        List<StepDefinition> steps = ConfigLoader.load(file).requireGate("predeploy").steps();

        assertThat(steps.get(0)).isEqualTo(StepDefinition.of(Layer.UNIT).withPassRate(1.0)
                .withCoverage(Map.of(LINE, 0.85))
                .withCoverageExclude(List.of("*.Jdbc*Repository", "com.example.LibraryApplication")));
        assertThat(steps.get(1).coverageExclude()).containsExactly("com.example.Library?pplication", "*.Foo$*");
        assertThat(steps.get(1).coverage()).isEqualTo(Map.of(BRANCH, 0.5));
    }

    @Test
    void coverageWithoutExcludeExcludesNothing() throws IOException {
        Path file = write("fearless.yml", """
                gates:
                  predeploy:
                    - step: unit
                      coverage: { line: 0.85 }
                """);

        assertThat(ConfigLoader.load(file).requireGate("predeploy").steps().get(0).coverageExclude()).isEmpty();
        assertThat(FearlessConfig.builtIn().requireGate("predeploy").steps())
                .allSatisfy(step -> assertThat(step.coverageExclude()).isEmpty());
    }

    @Test
    void stepWithoutRulesGetsTheDefaultRules() throws IOException {
        Path file = write("fearless.yml", """
                gates:
                  quick:
                    - step: smoke
                    - step: static
                """);

        List<StepDefinition> steps = ConfigLoader.load(file).requireGate("quick").steps();

        assertThat(steps.get(0)).isEqualTo(StepDefinition.of(Layer.SMOKE));
        assertThat(steps.get(0).passRate()).isEqualTo(1.0);
        assertThat(steps.get(0).minTests()).isEqualTo(1);
        assertThat(steps.get(0).coverage()).isEmpty();
        assertThat(steps.get(0).testTimeout()).isEqualTo(StepDefinition.DEFAULT_TEST_TIMEOUT);
        assertThat(steps.get(0).maxDuration()).isEqualTo(StepDefinition.DEFAULT_MAX_DURATION);
        assertThat(steps.get(1)).isEqualTo(FearlessConfig.builtIn().requireGate("predeploy").steps().get(0));
        assertThat(steps.get(1).maxFindings()).isEqualTo(Map.of(Severity.ERROR, 0L, Severity.CRITICAL, 0L));
        assertThat(steps.get(1).passRate()).isNull();
        assertThat(steps.get(1).minTests()).isZero();
        assertThat(steps.get(1).reports()).isEmpty();
    }

    @Test
    void acceptsRatiosAtBothEndsWrittenAsIntegers() throws IOException {
        Path file = write("fearless.yml", """
                gates:
                  edges:
                    - step: unit
                      passRate: 0
                      coverage: { line: 1, branch: 0.0, instruction: 1.0 }
                """);

        StepDefinition step = ConfigLoader.load(file).requireGate("edges").steps().get(0);

        assertThat(step.passRate()).isEqualTo(0.0);
        assertThat(step.coverage()).isEqualTo(Map.of(LINE, 1.0, BRANCH, 0.0, INSTRUCTION, 1.0));
    }

    @Test
    void readsEveryDurationUnitUpToSevenDays() throws IOException {
        Path file = write("fearless.yml", """
                gates:
                  a: [{ step: unit, testTimeout: 250ms, maxDuration: 90s }]
                  b: [{ step: unit, testTimeout: 3m, maxDuration: 1h }]
                  longest: [{ step: unit, testTimeout: 604800000ms, maxDuration: 168h }]
                """);

        FearlessConfig config = ConfigLoader.load(file);

        assertThat(config.requireGate("a").steps().get(0).testTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.requireGate("a").steps().get(0).maxDuration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.requireGate("b").steps().get(0).testTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(config.requireGate("b").steps().get(0).maxDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(config.requireGate("longest").steps().get(0).testTimeout()).isEqualTo(Duration.ofDays(7));
        assertThat(config.requireGate("longest").steps().get(0).maxDuration()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void replacesBuiltInGateOfTheSameNameInItsPlaceAndAddsNewGatesAfter() throws IOException {
        Path file = write("fearless.yml", """
                gates:
                  nightly:
                    - step: e2e
                  postdeploy:
                    - step: health
                      passRate: 0.5
                """);

        FearlessConfig config = ConfigLoader.load(file);

        assertThat(config.gates()).containsOnlyKeys("predeploy", "postdeploy", "nightly");
        assertThat(config.gates().keySet()).containsExactly("predeploy", "postdeploy", "nightly");
        assertThat(config.requireGate("predeploy")).isEqualTo(FearlessConfig.builtIn().requireGate("predeploy"));
        assertThat(config.requireGate("postdeploy"))
                .isEqualTo(new GateDefinition("postdeploy",
                        List.of(StepDefinition.of(Layer.HEALTH).withPassRate(0.5))));
        assertThat(config.requireGate("nightly"))
                .isEqualTo(new GateDefinition("nightly", List.of(StepDefinition.of(Layer.E2E))));
    }

    @Test
    void keepsBuiltInGatesAndDefaultLayerWhenFileSetsNeither() throws IOException {
        Path file = write("fearless.yml", """
                # nothing but an empty gates mapping
                gates: {}
                """);

        FearlessConfig config = ConfigLoader.load(file);

        assertThat(config.gates()).isEqualTo(FearlessConfig.builtIn().gates());
        assertThat(config.defaultLayer()).contains(Layer.UNIT);
        assertThat(config.source()).isEqualTo(file.toString());
    }

    @Test
    void defaultLayerNoneLeavesUntaggedTestsWithoutLayer() throws IOException {
        Path file = write("fearless.yml", "defaultLayer: none\n");

        FearlessConfig config = ConfigLoader.load(file);

        assertThat(config.defaultLayer()).isEmpty();
        assertThat(config.gates()).isEqualTo(FearlessConfig.builtIn().gates());
    }

    @Test
    void acceptsGateNamesWithDigitsDotsDashesAndUnderscores() throws IOException {
        Path file = write("fearless.yml", """
                gates:
                  release-1.2_rc:
                    - step: smoke
                  2nd:
                    - step: unit
                """);

        assertThat(ConfigLoader.load(file).gates()).containsKeys("release-1.2_rc", "2nd");
    }

    @Test
    void acceptsDocumentMarkersAndComments() throws IOException {
        Path file = write("fearless.yml", """
                ---
                # our gates
                gates:
                  nightly:   # runs at night
                    - step: e2e
                ...
                ---
                """);

        assertThat(ConfigLoader.load(file).gate("nightly")).isPresent();
    }

    @Test
    void sourceIsThePathAsGiven() throws IOException {
        write("config/gates.yml", "defaultLayer: smoke\n");
        Path asGiven = dir.resolve("config/../config/gates.yml");

        FearlessConfig config = ConfigLoader.load(asGiven);

        assertThat(config.source()).isEqualTo(asGiven.toString()).contains("..");
        assertThat(config.defaultLayer()).contains(Layer.SMOKE);
    }

    @Test
    void resolveReadsTheExplicitFileEvenWhenTheProjectHasFearlessYml() throws IOException {
        write("fearless.yml", "defaultLayer: module\n");
        Path explicit = write("config/gates.yml", "defaultLayer: e2e\n");

        FearlessConfig config = ConfigLoader.resolve(dir, Optional.of(explicit));

        assertThat(config.defaultLayer()).contains(Layer.E2E);
        assertThat(config.source()).isEqualTo(explicit.toString());
    }

    @Test
    void resolveRejectsAnExplicitFileThatDoesNotExist() throws IOException {
        write("fearless.yml", "defaultLayer: module\n");
        Path missing = dir.resolve("config/nosuch.yml");

        assertThatThrownBy(() -> ConfigLoader.resolve(dir, Optional.of(missing)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage("config file " + missing + " does not exist; check --config (CLI) or configFile (Maven)");
    }

    @Test
    void resolveReadsFearlessYmlInTheProjectDirectory() throws IOException {
        Path file = write("fearless.yml", "defaultLayer: health\n");

        FearlessConfig config = ConfigLoader.resolve(dir, Optional.empty());

        assertThat(config.defaultLayer()).contains(Layer.HEALTH);
        assertThat(config.source()).isEqualTo(file.toString());
    }

    @Test
    void resolveFallsBackToTheBuiltInGatesWithoutFearlessYml() {
        FearlessConfig config = ConfigLoader.resolve(dir, Optional.empty());

        assertThat(config).isEqualTo(FearlessConfig.builtIn());
        assertThat(config.source()).isEqualTo("built-in");
    }

    @Test
    void resolveReportsABrokenFearlessYmlInsteadOfFallingBack() throws IOException {
        Path file = write("fearless.yml", "gatez: {}\n");

        assertThatThrownBy(() -> ConfigLoader.resolve(dir, Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ":1:1: unknown key 'gatez' at the top level; known keys: defaultLayer, gates, target");
    }

    @Test
    void loadRejectsAFileThatDoesNotExist() {
        Path missing = dir.resolve("fearless.yml");

        assertThatThrownBy(() -> ConfigLoader.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file " + missing + " does not exist; check --config (CLI) or configFile (Maven)");
    }

    @Test
    void loadRejectsADirectory() throws IOException {
        Path directory = Files.createDirectories(dir.resolve("fearless.yml"));

        assertThatThrownBy(() -> ConfigLoader.resolve(dir, Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(directory + ": cannot read the file (it is a directory); check that it is a readable file");
    }

    @Test
    void loadRejectsAFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("fearless.yml");
        Files.write(file, new byte[] {'d', 'e', 'f', ':', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": the file is not UTF-8 text; save it with UTF-8 encoding");
    }

    @Test
    void requireGateReturnsTheDefinedGate() {
        FearlessConfig config = FearlessConfig.builtIn();

        assertThat(config.requireGate("postdeploy").steps()).extracting(StepDefinition::name)
                .containsExactly("health", "smoke", "e2e");
    }

    @Test
    void requireGateNamesTheDefinedGatesOfTheBuiltInConfiguration() {
        assertThatThrownBy(() -> FearlessConfig.builtIn().requireGate("nosuch"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage("gate 'nosuch' is not defined (no fearless.yml found, built-in gates only); defined gates: predeploy, postdeploy."
                        + " Define it under 'gates:' in fearless.yml or pick one of these.");
    }

    @Test
    void unknownGateNamesTheFileThatDefinesTheGates() throws IOException {
        Path file = write("config/gates.yml", """
                gates:
                  nightly:
                    - step: e2e
                """);
        FearlessConfig config = ConfigLoader.load(file);

        assertThat(ConfigLoader.unknownGate(config, "weekly"))
                .hasMessage("gate 'weekly' is not defined in " + file + "; defined gates: predeploy, postdeploy,"
                        + " nightly. Define it under 'gates:' in " + file + " or pick one of these.");
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    @Test
    void collectsTheCredentialsOfTheTargetSectionAsSecrets() throws Exception {
        Path file = write("fearless.yml", """
                target:
                  baseUrl: https://staging.example.com
                  username: deployer
                  token: t0ken-value
                  services:
                    orders:
                      url: https://orders.example.com
                      password: orders-pa55
                """);

        FearlessConfig config = ConfigLoader.load(file);

        assertThat(config.secrets()).containsExactlyInAnyOrder("t0ken-value", "orders-pa55");
        assertThat(config.gates()).containsOnlyKeys("predeploy", "postdeploy");
    }
}
