package dev.fearless.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.config.GateDefinition;
import dev.fearless.engine.config.StepDefinition;

/** Coverage through a real fork with the JaCoCo agent, and the static step, as the engine runs them. */
class GateEngineMeasurementTest {

    private static final String CALCULATOR = """
            package demo;
            public class Calculator {
                public int add(int a, int b) {
                    int sum = a + b;
                    return sum;
                }
                public int divide(int a, int b) {
                    if (b == 0) {
                        throw new IllegalArgumentException("division by zero");
                    }
                    int quotient = a / b;
                    return quotient;
                }
            }
            """;

    /** Runs every line and branch of {@link #CALCULATOR}. */
    private static final String CALCULATOR_TEST = """
            class CalculatorTest {
                demo.Calculator calculator = new demo.Calculator();
                @Test void adds() { assertEquals(3, calculator.add(1, 2)); }
                @Test void divides() { assertEquals(2, calculator.divide(4, 2)); }
                @Test void refusesZero() {
                    assertThrows(IllegalArgumentException.class, () -> calculator.divide(1, 0));
                }
            }
            """;

    @TempDir
    Path dir;

    private static FearlessConfig gate(StepDefinition... steps) {
        return new FearlessConfig(Map.of("test", new GateDefinition("test", List.of(steps))), Optional.of(Layer.UNIT),
                "test config");
    }

    private static StepDefinition unitWithLineCoverage(double minimum) {
        return StepDefinition.of(Layer.UNIT).withPassRate(1.0).withCoverage(Map.of(CoverageMetric.LINE, minimum,
                CoverageMetric.BRANCH, 0.0));
    }

    @Test
    void aReportDirectoryTheJavaagentOptionCannotHoldIsAUsageErrorNamingIt() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR)
                .test("CalculatorTest", "class CalculatorTest { @Test void t() { } }");
        Path reportDir = dir.resolve("rep=1");

        Verdict verdict = new GateEngine().run(project.request("test").reportDir(reportDir).build(),
                gate(unitWithLineCoverage(0.5)), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.ERROR);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict.reason()).isEqualTo("step unit: coverage cannot be measured: the JaCoCo agent's path "
                + reportDir.resolve(".agent/jacocoagent-" + org.jacoco.core.JaCoCo.VERSION + ".jar")
                + " contains '=', where the JVM splits -javaagent:JAR=OPTIONS; choose a report directory without '='"
                + " or ',' (--report-dir for the CLI, reportDirectory under Maven)");
        assertThat(reportDir.resolve(".agent")).doesNotExist();
    }

    @Test
    void aRunThatMeasuresNoCoverageLeavesNoEarlierCoverageDataBehind() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR)
                .test("CalculatorTest", "class CalculatorTest { @Test void t() { new demo.Calculator(); } }");
        Path execFile = dir.resolve("report/unit/jacoco.exec");

        Verdict measured = new GateEngine().run(project.request("test").build(), gate(unitWithLineCoverage(0.0)),
                GateListener.NONE);
        assertThat(measured.decision()).as(measured.reason()).isEqualTo(Decision.GO);
        assertThat(execFile).isNotEmptyFile();

        Verdict unmeasured = new GateEngine().run(project.request("test").build(), gate(StepDefinition.of(Layer.UNIT)),
                GateListener.NONE);

        assertThat(unmeasured.decision()).as(unmeasured.reason()).isEqualTo(Decision.GO);
        assertThat(execFile).doesNotExist();
    }

    @Test
    void goesWhenCoverageIsAboveTheMinimum() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR)
                .test("CalculatorTest", """
                        class CalculatorTest {
                            demo.Calculator calculator = new demo.Calculator();
                            @Test void adds() { assertEquals(3, calculator.add(1, 2)); }
                            @Test void divides() { assertEquals(2, calculator.divide(4, 2)); }
                            @Test void refusesZero() {
                                assertThrows(IllegalArgumentException.class, () -> calculator.divide(1, 0));
                            }
                        }
                        """);

        List<PackageCoverage> packages = new java.util.ArrayList<>();

        Verdict verdict = new GateEngine().run(project.request("test").build(), gate(unitWithLineCoverage(0.85)),
                new GateListener() {
                    @Override
                    public void coverageMeasured(StepDefinition step, List<PackageCoverage> measured) {
                        packages.addAll(measured);
                    }
                });

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        assertThat(packages).singleElement().satisfies(pkg -> {
            assertThat(pkg.name()).isEqualTo("demo");
            assertThat(pkg.coverage()).isEqualTo(verdict.steps().get(0).coverage());
        });
        CoverageRatios coverage = verdict.steps().get(0).coverage();
        assertThat(coverage.line()).isEqualTo(1.0);
        assertThat(coverage.branch()).isEqualTo(1.0);
        assertThat(coverage.instruction()).isEqualTo(1.0);
    }

    @Test
    void stopsWhenCoverageIsBelowTheMinimum() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR)
                .test("CalculatorTest", """
                        class CalculatorTest {
                            @Test void adds() { assertEquals(3, new demo.Calculator().add(1, 2)); }
                        }
                        """);

        Verdict verdict = new GateEngine().run(project.request("test").build(), gate(unitWithLineCoverage(0.85)),
                GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.STOP);
        // JaCoCo counts 7 lines: the implicit constructor's, 2 in add, 4 in divide; the test runs the first three.
        assertThat(verdict.reason()).isEqualTo("step unit: coverage.line is 0.4286, but expected minimum is 0.8500");
        assertThat(verdict.steps().get(0).rules()).filteredOn(rule -> rule.rule().equals("coverage.line"))
                .singleElement().satisfies(rule -> {
                    assertThat(rule.actual()).isEqualTo(3.0 / 7);
                    assertThat(rule.threshold()).isEqualTo(0.85);
                    assertThat(rule.ok()).isFalse();
                });
    }

    @Test
    void namesEveryBrokenRuleInTheReasonNotOnlyTheFirst() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR)
                .test("CalculatorTest", """
                        class CalculatorTest {
                            @Test void adds() { assertEquals(3, new demo.Calculator().add(1, 2)); }
                            @Test void fails() { fail("broken"); }
                        }
                        """);

        Verdict verdict = new GateEngine().run(project.request("test").build(), gate(unitWithLineCoverage(0.85)),
                GateListener.NONE);

        assertThat(verdict.reason()).isEqualTo("step unit: passRate is 0.5000, but expected minimum is 1.0000 (1 of 2"
                + " tests failed or aborted); also coverage.line is 0.4286, but expected minimum is 0.8500; first"
                + " failure: CalculatorTest.fails(): broken");
    }

    @Test
    void leavesExcludedClassesOutOfTheCoverageAndNamesThemInTheVerdict() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR)
                .main("demo.jdbc.JdbcCalculatorRepository", """
                        package demo.jdbc;
                        public class JdbcCalculatorRepository {
                            public int load() {
                                return 42;
                            }
                        }
                        """)
                .test("CalculatorTest", """
                        class CalculatorTest {
                            @Test void adds() { assertEquals(3, new demo.Calculator().add(1, 2)); }
                            @Test void divides() { assertEquals(2, new demo.Calculator().divide(4, 2)); }
                            @Test void refusesZero() {
                                assertThrows(IllegalArgumentException.class, () -> new demo.Calculator().divide(1, 0));
                            }
                        }
                        """);
        List<PackageCoverage> packages = new java.util.ArrayList<>();
        StepDefinition step = unitWithLineCoverage(1.0).withCoverageExclude(List.of("*.Jdbc*Repository"));

        Verdict verdict = new GateEngine().run(project.request("test").build(), gate(step), new GateListener() {
            @Override
            public void coverageMeasured(StepDefinition measured, List<PackageCoverage> measuredPackages) {
                packages.addAll(measuredPackages);
            }
        });

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        assertThat(verdict.steps().get(0).coverage().line()).isEqualTo(1.0);
        assertThat(verdict.steps().get(0).coverageExclude()).containsExactly("*.Jdbc*Repository");
        assertThat(packages).extracting(PackageCoverage::name).containsExactly("demo");
    }

    @Test
    void stopsWhenTheExcludesLeaveNoClassToMeasure() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR)
                .test("CalculatorTest", "class CalculatorTest { @Test void adds() { new demo.Calculator().add(1, 2); } }");

        Verdict verdict = new GateEngine().run(project.request("test").build(),
                gate(unitWithLineCoverage(0.85).withCoverageExclude(List.of("demo.*"))), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).startsWith("step unit: coverage.line could not be measured: every class in")
                .contains("matches coverage.exclude [demo.*]");
        assertThat(verdict.steps().get(0).coverageExclude()).containsExactly("demo.*");
    }

    @Test
    void stopsWhenLineCoverageIsAskedOfClassesWithoutLineNumbers() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR).mainWithoutDebugInfo()
                .test("CalculatorTest", CALCULATOR_TEST);
        StepDefinition step = StepDefinition.of(Layer.UNIT)
                .withCoverage(Map.of(CoverageMetric.LINE, 0.85, CoverageMetric.INSTRUCTION, 0.5));

        Verdict verdict = new GateEngine().run(project.request("test").build(), gate(step), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.STOP);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).startsWith("step unit: coverage.line could not be measured: the classes under"
                + " test have no line-number tables (compiled with -g:none), so JaCoCo counts ")
                .endsWith(" instructions but no line; compile them with debug info (javac -g, Maven's default) or use"
                        + " an instruction or branch rule");
        StepResult unit = verdict.steps().get(0);
        assertThat(unit.coverage()).isEqualTo(new CoverageRatios(null, 1.0, 1.0));
        assertThat(unit.rules()).extracting(RuleResult::rule, RuleResult::ok, RuleResult::actual).containsExactly(
                tuple("minTests", true, 3L), tuple("passRate", true, 1.0), tuple("coverage.line", false, null),
                tuple("coverage.instruction", true, 1.0));
    }

    @Test
    void goesWithAnInstructionRuleOnClassesWithoutLineNumbers() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR).mainWithoutDebugInfo()
                .test("CalculatorTest", CALCULATOR_TEST);
        StepDefinition step = StepDefinition.of(Layer.UNIT).withCoverage(Map.of(CoverageMetric.INSTRUCTION, 0.9));

        Verdict verdict = new GateEngine().run(project.request("test").build(), gate(step), GateListener.NONE);

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        assertThat(verdict.steps().get(0).coverage().instruction()).isEqualTo(1.0);
    }

    @Test
    void runsPmdWhenTheStaticStepNamesNoReport() throws Exception {
        Path sources = dir.resolve("src");
        Files.createDirectories(sources.resolve("demo"));
        Files.writeString(sources.resolve("demo/Calculator.java"), CALCULATOR);
        StepDefinition staticStep = StepDefinition.staticAnalysis(Map.of(Severity.ERROR, 0L, Severity.CRITICAL, 0L));

        Verdict verdict = new GateEngine().run(GateRequest.builder("test").projectDir(dir).sourceRoots(List.of(sources))
                .reportDir(dir.resolve("report")).build(), gate(staticStep), GateListener.NONE);

        assertThat(verdict.decision()).as(verdict.reason()).isEqualTo(Decision.GO);
        assertThat(verdict.steps().get(0).findings()).isNotNull();
        assertThat(verdict.steps().get(0).rules()).extracting(RuleResult::rule)
                .containsExactly("maxFindings.error", "maxFindings.critical");
        assertThat(dir.resolve("report/static/pmd.xml")).isRegularFile();
    }

    @Test
    void refusesAGateWithTestStepsButNoTestRootsBeforeAnyStepRuns() throws Exception {
        StepDefinition staticStep = StepDefinition.staticAnalysis(Map.of(Severity.ERROR, 0L))
                .withReports(List.of("target/pmd.xml"));

        // The static step alone runs without test roots (above); with a test step after it, nothing runs.
        Verdict verdict = new GateEngine().run(GateRequest.builder("test").projectDir(dir)
                .reportDir(dir.resolve("report")).build(), gate(staticStep, StepDefinition.of(Layer.UNIT)),
                GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.ERROR);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verdict.reason()).isEqualTo("no test roots: gate test runs tests in step(s) unit; give"
                + " --scan-class-path DIR, or --scan-class-path alone to scan every folder of --class-path");
        assertThat(verdict.steps()).isEmpty();
    }

    @Test
    void refusesCoverageClassesThatDoNotExistOnlyWhenAStepMeasuresCoverage() throws Exception {
        FixtureProject project = FixtureProject.junit5(dir).main("demo.Calculator", CALCULATOR)
                .test("CalculatorTest", "class CalculatorTest { @Test void t() { } }");
        Path missing = dir.resolve("module-without-code/classes");

        Verdict measuring = new GateEngine().run(project.request("test").coverageClasses(List.of(missing)).build(),
                gate(unitWithLineCoverage(0.5)), GateListener.NONE);
        Verdict notMeasuring = new GateEngine().run(project.request("test").coverageClasses(List.of(missing))
                .build(), gate(StepDefinition.of(Layer.UNIT)), GateListener.NONE);

        assertThat(measuring.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(measuring.reason()).startsWith("the classes under test " + missing + " do not exist, and step(s)"
                + " unit of gate test measure coverage over them");
        assertThat(measuring.steps()).isEmpty();
        assertThat(notMeasuring.decision()).as(notMeasuring.reason()).isEqualTo(Decision.GO);
    }

    @Test
    void isAnErrorWhenAConfiguredReportIsMissing() throws Exception {
        StepDefinition staticStep = StepDefinition.staticAnalysis(Map.of(Severity.ERROR, 0L))
                .withReports(List.of("target/pmd.xml"));

        Verdict verdict = new GateEngine().run(GateRequest.builder("test").projectDir(dir)
                .reportDir(dir.resolve("report")).build(), gate(staticStep), GateListener.NONE);

        assertThat(verdict.decision()).isEqualTo(Decision.ERROR);
        assertThat(verdict.exitCode()).isEqualTo(ExitCode.NOT_RUN);
        assertThat(verdict.reason()).isEqualTo("step static: static-analysis report " + dir.resolve("target/pmd.xml")
                + " does not exist; run the analyzer first, or fix the path under the static step's reports:");
    }
}
