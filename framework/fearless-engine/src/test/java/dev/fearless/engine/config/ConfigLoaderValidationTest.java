package dev.fearless.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fearless.engine.ExitCode;

/** Every mistake in a configuration file is a one-line {@code FILE:LINE:COLUMN: what; what to do}, pinned here. */
class ConfigLoaderValidationTest {

    private static final String STEP_KEYS =
            "step, passRate, minTests, coverage, testTimeout, maxDuration, maxFindings, reports";
    private static final String STEP_NAMES = "unit, module, health, smoke, e2e, static";
    private static final String PATTERN = "a class name pattern such as \"*.Jdbc*Repository\" (dotted names,"
            + " * for any characters, ? for one; no '/', no spaces)";
    private static final String DURATION = "a positive duration such as 500ms, 60s, 10m or 2h";
    private static final String DURATION_BOUND = "at most 168h (7 days): a step still running after that is"
            + " hung, not slow; use a shorter limit such as 30m or 2h";
    private static final String TESTS_ONLY = " is only for test steps, but gates.predeploy[0] is the static step;"
            + " move it to a test step such as '- step: unit', or remove it";
    private static final String EMPTY_FILE =
            "1:1: the file is empty; define gates under 'gates:', or delete the file to use the built-in gates";

    @TempDir
    Path dir;

    // --- keys

    @Test
    void rejectsUnknownStepKey() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      passRate: 0.999
                      minTests: 10
                      coverage: { line: 0.85 }
                      pasRate: 0.9
                """, "7:7: unknown key 'pasRate' in gates.predeploy[0]; known keys: " + STEP_KEYS);
    }

    @Test
    void rejectsUnknownTopLevelKey() {
        assertRejected("""
                gates:
                  nightly:
                    - step: e2e
                gate: {}
                """, "4:1: unknown key 'gate' at the top level; known keys: defaultLayer, gates, target");
    }

    @Test
    void rejectsUnknownCoverageMetric() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: { lines: 0.8 }
                """, "4:19: unknown key 'lines' in gates.predeploy[0].coverage;"
                + " known keys: line, branch, instruction, exclude");
    }

    @Test
    void rejectsUnknownSeverity() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      maxFindings: { blocker: 0 }
                """, "4:22: unknown key 'blocker' in gates.predeploy[0].maxFindings;"
                + " known keys: error, critical, major, minor, info");
    }

    @Test
    void rejectsDuplicateStepKey() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      passRate: 0.9
                      passRate: 1.0
                """, "5:7: duplicate key 'passRate' in gates.predeploy[0];"
                + " remove one of them (the first is on line 4)");
    }

    @Test
    void rejectsDuplicateGate() {
        assertRejected("""
                gates:
                  nightly:
                    - step: e2e
                  nightly:
                    - step: smoke
                """, "4:3: duplicate key 'nightly' in gates; remove one of them (the first is on line 2)");
    }

    @Test
    void rejectsDuplicateTopLevelKey() {
        assertRejected("""
                defaultLayer: unit
                defaultLayer: none
                """, "2:1: duplicate key 'defaultLayer' at the top level; remove one of them (the first is on line 1)");
    }

    // --- ratios

    @Test
    void rejectsPassRateAboveOne() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      minTests: 10
                      passRate: 1.5
                """, "5:17: gates.predeploy[0].passRate is 1.5, but must be a number between 0 and 1");
    }

    @Test
    void rejectsNegativeCoverage() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      passRate: 1.0
                      minTests: 1
                      coverage: {line: -1}
                """, "6:24: gates.predeploy[0].coverage.line is -1, but must be a number between 0 and 1");
    }

    @Test
    void rejectsQuotedNumberAsPassRate() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      passRate: "0.9"
                """, "4:17: gates.predeploy[0].passRate is '0.9', but must be a number between 0 and 1");
    }

    @Test
    void rejectsInfinityAsCoverage() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage:
                        branch: .inf
                """, "5:17: gates.predeploy[0].coverage.branch is .inf, but must be a number between 0 and 1");
    }

    @Test
    void rejectsCoverageThatIsNotAMapping() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: 0.8
                """, "4:17: gates.predeploy[0].coverage is 0.8, but must be a mapping such as"
                + " { line: 0.85, branch: 0.70 }");
    }

    @Test
    void rejectsEmptyCoverage() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: {}
                """, "4:17: gates.predeploy[0].coverage is an empty mapping, but must be at least one minimum such"
                + " as { line: 0.85 } (keys line, branch, instruction); remove coverage if the step measures none");
    }

    // --- coverage.exclude

    @Test
    void rejectsExcludeWithoutAMinimum() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: { exclude: ["*.Jdbc*Repository"] }
                """, "4:19: gates.predeploy[0].coverage.exclude needs at least one of line, branch, instruction:"
                + " without a minimum the step measures no coverage; add one such as 'line: 0.85', or remove exclude");
    }

    @Test
    void rejectsExcludeThatIsNotAList() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: { line: 0.8, exclude: "*.Jdbc*Repository" }
                """, "4:39: gates.predeploy[0].coverage.exclude is '*.Jdbc*Repository', but must be a list of class"
                + " name patterns such as [\"*.Jdbc*Repository\"]");
    }

    @Test
    void rejectsBlankExcludePattern() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage:
                        line: 0.85
                        exclude:
                          - "*.Jdbc*Repository"
                          - " "
                """, "8:13: gates.predeploy[0].coverage.exclude[1] is ' ', but must be " + PATTERN);
    }

    @Test
    void rejectsExcludePatternThatIsNotText() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: { line: 0.8, exclude: [42] }
                """, "4:40: gates.predeploy[0].coverage.exclude[0] is 42, but must be " + PATTERN);
    }

    @Test
    void rejectsAFilePathAsExcludePattern() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: { line: 0.8, exclude: ["**/*Repository.class"] }
                """, "4:40: gates.predeploy[0].coverage.exclude[0] is '**/*Repository.class', but must be " + PATTERN);
    }

    @Test
    void rejectsAnUnquotedPatternStartingWithAStar() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: { line: 0.8, exclude: [*.Jdbc*Repository] }
                """, "4:41: invalid YAML: while scanning an alias: unexpected character found .(46);"
                + " a text that starts with '*' must be quoted, such as \"*.Jdbc*Repository\"");
    }

    @Test
    void rejectsAnUnquotedPatternThatReadsAsAnAlias() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage:
                        line: 0.8
                        exclude:
                          - *Repository
                """, "7:13: gates.predeploy[0].coverage.exclude[0] is the alias *Repository, but aliases are not"
                + " supported; write the value out, or quote it if it is a text: \"*Repository\"");
    }

    @Test
    void rejectsCoverageExcludeOnStaticStep() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      coverage: { line: 0.8, exclude: ["*.Jdbc*Repository"] }
                """, "4:7: coverage is only for test steps, but gates.predeploy[0] is the static step;"
                + " move it to a test step such as '- step: unit', or remove it");
    }

    // --- counts

    @Test
    void rejectsNegativeMinTests() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      minTests: -1
                """, "4:17: gates.predeploy[0].minTests is -1, but must be a whole number of 1 or more (a step"
                + " that finds no test is a STOP anyway: its pass rate cannot be computed); leave minTests out for 1");
    }

    @Test
    void rejectsZeroMinTests() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      minTests: 0
                """, "4:17: gates.predeploy[0].minTests is 0, but must be a whole number of 1 or more (a step"
                + " that finds no test is a STOP anyway: its pass rate cannot be computed); leave minTests out for 1");
    }

    @Test
    void rejectsFractionalMinTests() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      minTests: 2.5
                """, "4:17: gates.predeploy[0].minTests is 2.5, but must be a whole number of 1 or more (a step"
                + " that finds no test is a STOP anyway: its pass rate cannot be computed); leave minTests out for 1");
    }

    @Test
    void rejectsMinTestsBeyondAnInt() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      minTests: 99999999999
                """, "4:17: gates.predeploy[0].minTests is 99999999999, but must be a whole number of 1 or more (a step"
                + " that finds no test is a STOP anyway: its pass rate cannot be computed); leave minTests out for 1");
    }

    @Test
    void rejectsNegativeMaxFindings() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      maxFindings: { error: -1 }
                """, "4:29: gates.predeploy[0].maxFindings.error is -1, but must be a whole number of 0 or more");
    }

    @Test
    void rejectsEmptyMaxFindings() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      maxFindings: {}
                """, "4:20: gates.predeploy[0].maxFindings is an empty mapping, but must be at least one limit such"
                + " as { error: 0, critical: 0 }; leave maxFindings out for the built-in error 0, critical 0");
    }

    // --- durations

    @Test
    void rejectsDurationInWords() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      testTimeout: 10 minutes
                """, "4:20: gates.predeploy[0].testTimeout is '10 minutes', but must be " + DURATION);
    }

    @Test
    void rejectsDurationWithoutUnit() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      testTimeout: 60
                """, "4:20: gates.predeploy[0].testTimeout is 60, but must be " + DURATION);
    }

    @Test
    void rejectsZeroDuration() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      maxDuration: 0s
                """, "4:20: gates.predeploy[0].maxDuration is '0s', but must be " + DURATION);
    }

    @Test
    void rejectsFractionalDuration() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      maxDuration: 1.5h
                """, "4:20: gates.predeploy[0].maxDuration is '1.5h', but must be " + DURATION);
    }

    @Test
    void rejectsTestTimeoutThatWouldOverflowTheWatch() {
        // 2,562,048 h is past Duration.toNanos(): the watch of the test JVM could not compute its deadline.
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      testTimeout: 2562048h
                """, "4:20: gates.predeploy[0].testTimeout is '2562048h', but must be " + DURATION_BOUND);
    }

    @Test
    void rejectsMaxDurationJustAboveSevenDays() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      maxDuration: 10081m
                """, "4:20: gates.predeploy[0].maxDuration is '10081m', but must be " + DURATION_BOUND);
    }

    // --- steps

    @Test
    void rejectsStepThatIsNotALayer() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unti
                """, "3:13: gates.predeploy[0].step 'unti' is not a layer; use one of " + STEP_NAMES);
    }

    @Test
    void rejectsLayerNameInOtherCase() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: Unit
                """, "3:13: gates.predeploy[0].step 'Unit' is not a layer; use one of " + STEP_NAMES);
    }

    @Test
    void rejectsEmptyStepName() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: ~
                """, "3:13: gates.predeploy[0].step is empty, but must be one of " + STEP_NAMES);
    }

    @Test
    void rejectsStepWithoutStepKey() {
        assertRejected("""
                gates:
                  predeploy:
                    - passRate: 1.0
                      minTests: 1
                """, "3:7: gates.predeploy[0] has no step; add 'step:' with one of " + STEP_NAMES);
    }

    @Test
    void rejectsStepThatIsNotAMapping() {
        assertRejected("""
                gates:
                  predeploy:
                    - unit
                """, "3:7: gates.predeploy[0] is 'unit', but must be a mapping such as '- step: unit'");
    }

    @Test
    void rejectsTheSameStepTwiceInAGate() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                    - step: module
                    - step: unit
                """, "5:13: gates.predeploy[2].step 'unit' repeats gates.predeploy[0];"
                + " a gate runs each step once, so merge the two entries");
    }

    @Test
    void rejectsMaxFindingsOnTestStep() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      maxFindings: { error: 0 }
                """, "4:7: maxFindings is only for the static step, but gates.predeploy[0] is step 'unit';"
                + " move it to a '- step: static' entry, or remove it");
    }

    @Test
    void rejectsReportsOnTestStep() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: module
                      reports: [target/pmd.xml]
                """, "4:7: reports is only for the static step, but gates.predeploy[0] is step 'module';"
                + " move it to a '- step: static' entry, or remove it");
    }

    @Test
    void rejectsCoverageOnStaticStep() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      coverage: { line: 0.8 }
                """, "4:7: coverage is only for test steps, but gates.predeploy[0] is the static step;"
                + " move it to a test step such as '- step: unit', or remove it");
    }

    @Test
    void rejectsPassRateOnStaticStepEvenBeforeTheStepKey() {
        assertRejected("""
                gates:
                  predeploy:
                    - passRate: 1.0
                      step: static
                """, "3:7: passRate is only for test steps, but gates.predeploy[0] is the static step;"
                + " move it to a test step such as '- step: unit', or remove it");
    }

    @Test
    void rejectsMinTestsOnStaticStep() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      minTests: 3
                """, "4:7: minTests" + TESTS_ONLY);
    }

    @Test
    void rejectsTestTimeoutOnStaticStep() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      testTimeout: 60s
                """, "4:7: testTimeout" + TESTS_ONLY);
    }

    @Test
    void rejectsMaxDurationOnStaticStep() {
        // The analysis runs in the gate's own JVM, where no limit could stop it: accepted, it would be ignored.
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      maxDuration: 10m
                """, "4:7: maxDuration" + TESTS_ONLY);
    }

    @Test
    void rejectsReportsThatAreNotAList() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      reports: target/pmd.xml
                """, "4:16: gates.predeploy[0].reports is 'target/pmd.xml', but must be a list of one or more report"
                + " files such as [target/pmd.xml]; leave reports out to have the step run PMD itself");
    }

    @Test
    void rejectsAnEmptyReportListAndAReportListedTwice() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      reports: []
                """, "4:16: gates.predeploy[0].reports is an empty list, but must be a list of one or more"
                + " report files such as [target/pmd.xml]; leave reports out to have the step run PMD itself");
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      reports: [r/pmd.xml, ./r/../r/pmd.xml]
                """, "4:28: gates.predeploy[0].reports[1] is './r/../r/pmd.xml', but must be a report not listed"
                + " before (it names the same file as an earlier entry, whose findings would count twice)");
    }

    @Test
    void rejectsReportThatIsNotText() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: static
                      reports: [target/pmd.xml, 42]
                """, "4:33: gates.predeploy[0].reports[1] is 42, but must be a report file such as target/pmd.xml");
    }

    // --- gates

    @Test
    void rejectsGateThatIsNotAList() {
        assertRejected("""
                gates:
                  predeploy:
                    step: unit
                """, "3:5: gates.predeploy is a mapping, but must be a list of steps such as '- step: unit'");
    }

    @Test
    void rejectsEmptyGate() {
        assertRejected("""
                gates:
                  predeploy: []
                """, "2:14: gates.predeploy has no steps; add at least one such as '- step: unit', or remove the gate");
    }

    @Test
    void rejectsGateWithoutValue() {
        assertRejected("""
                gates:
                  predeploy:
                """, "2:13: gates.predeploy is empty, but must be a list of steps such as '- step: unit'");
    }

    @Test
    void rejectsGatesThatAreNotAMapping() {
        assertRejected("""
                gates: [unit]
                """, "1:8: gates is a list, but must be a mapping of gate names to lists of steps");
    }

    @Test
    void rejectsGateNameWithASpace() {
        assertRejected("""
                gates:
                  pre deploy:
                    - step: unit
                """, "2:3: gate name 'pre deploy' is not valid;"
                + " use letters, digits, '.', '_' and '-', starting with a letter or digit");
    }

    @Test
    void rejectsGateNameStartingWithAnUnderscore() {
        assertRejected("""
                gates:
                  _nightly:
                    - step: e2e
                """, "2:3: gate name '_nightly' is not valid;"
                + " use letters, digits, '.', '_' and '-', starting with a letter or digit");
    }

    // --- defaultLayer

    @Test
    void rejectsDefaultLayerThatIsNotALayer() {
        assertRejected("""
                defaultLayer: integration
                """, "1:15: defaultLayer 'integration' is not a layer;"
                + " use one of unit, module, health, smoke, e2e, none");
    }

    @Test
    void rejectsStaticAsDefaultLayer() {
        assertRejected("""
                defaultLayer: static
                """, "1:15: defaultLayer 'static' is not a layer; use one of unit, module, health, smoke, e2e, none");
    }

    @Test
    void rejectsEmptyDefaultLayer() {
        assertRejected("""
                defaultLayer:
                gates: {}
                """, "1:14: defaultLayer is empty, but must be one of unit, module, health, smoke, e2e, none");
    }

    // --- the file as a whole

    @Test
    void rejectsEmptyFile() {
        assertRejected("", EMPTY_FILE);
    }

    @Test
    void rejectsFileWithOnlyComments() {
        assertRejected("""
                # gates: later
                """, EMPTY_FILE);
    }

    @Test
    void rejectsListAtTheTopLevel() {
        assertRejected("""
                - step: unit
                """, "1:1: the top level is a list, but must be a mapping with the keys defaultLayer, gates, target");
    }

    @Test
    void rejectsTextAtTheTopLevel() {
        assertRejected("""
                predeploy
                """, "1:1: the top level is 'predeploy', but must be a mapping with the keys defaultLayer, gates, target");
    }

    @Test
    void rejectsASecondDocument() {
        assertRejected("""
                gates:
                  nightly:
                    - step: e2e
                ---
                defaultLayer: none
                """, "5:1: a second YAML document starts here; keep the whole configuration in one document");
    }

    @Test
    void rejectsAliases() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      coverage: &strict { line: 0.9 }
                    - step: module
                      coverage: *strict
                """, "6:17: gates.predeploy[1].coverage is the alias *strict, but aliases are not supported;"
                + " write the value out, or quote it if it is a text: \"*strict\"");
    }

    // --- YAML syntax

    @Test
    void reportsYamlSyntaxErrorWithItsPlaceAndReason() {
        assertRejected("""
                gates:
                  predeploy:
                    - step: unit
                      passRate: 1.0: 2
                """, "4:20: invalid YAML: mapping values are not allowed here;"
                + " fix the YAML syntax here (indent with spaces, put ': ' after each key)");
    }

    @Test
    void reportsTabIndentationAtTheTab() {
        assertRejected("gates:\n\tpredeploy: []\n", "2:1: invalid YAML: found character '\\t(TAB)' that cannot start"
                + " any token. (Do not use \\t(TAB) for indentation);"
                + " fix the YAML syntax here (indent with spaces, put ': ' after each key)");
    }

    @Test
    void reportsUnclosedFlowList() {
        assertRejected("""
                gates:
                  predeploy: [{ step: unit }
                defaultLayer: none
                """, "3:1: invalid YAML: expected ',' or ']', but got <scalar>;"
                + " fix the YAML syntax here (indent with spaces, put ': ' after each key)");
    }

    private void assertRejected(String yaml, String expectedAfterFileName) {
        Path file;
        try {
            file = Files.writeString(dir.resolve("fearless.yml"), yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage(file + ":" + expectedAfterFileName)
                .message().doesNotContain("\n");
    }
}
