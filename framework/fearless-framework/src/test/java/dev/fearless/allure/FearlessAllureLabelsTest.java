package dev.fearless.allure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fearless.api.ModuleTest;
import dev.fearless.api.UnitTest;
import dev.fearless.testsupport.AllureResults;
import dev.fearless.testsupport.ForkedRun;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures run in a forked JVM through the Launcher, as in the gate: Allure records results from a Launcher
 * listener, which EngineTestKit does not call.
 */
class FearlessAllureLabelsTest {

    @Test
    void inTheGateLabelsEachResultWithItsLayerGateAndStep(@TempDir Path work) throws Exception {
        Path allure = work.resolve("allure-results");
        ForkedRun fork = ForkedRun.run(UnitStep.class, Map.of(
                "allure.results.directory", allure.toString(),
                "fearless.gate", "predeploy",
                "fearless.step", "unit",
                "fearless.layer", "unit"), work);

        assertThat(fork.exitCode()).as(fork.output()).isZero();
        List<JsonNode> results = AllureResults.read(allure);
        JsonNode tagged = AllureResults.byMethod(results, "addsVat");
        assertThat(AllureResults.label(tagged, "layer")).containsExactly("unit");
        assertThat(AllureResults.label(tagged, "parentSuite")).containsExactly("predeploy");
        assertThat(AllureResults.label(tagged, "suite")).containsExactly("unit");
        assertThat(AllureResults.label(tagged, "subSuite")).containsExactly(UnitStep.class.getCanonicalName());
        assertThat(AllureResults.label(tagged, "tag")).containsExactly("unit");
        JsonNode untagged = AllureResults.byMethod(results, "hasNoLayerTag");
        assertThat(AllureResults.label(untagged, "layer")).containsExactly("unit");
        assertThat(AllureResults.label(untagged, "tag")).containsExactly("unit");
    }

    @Test
    void aTestInTwoLayersIsAResultOfItsOwnInEachStepWithThatStepsLayer(@TempDir Path work) throws Exception {
        Path allure = work.resolve("allure-results");
        ForkedRun unitStep = ForkedRun.run(TwoLayers.class, gateStep(allure, "unit"), work);
        ForkedRun moduleStep = ForkedRun.run(TwoLayers.class, gateStep(allure, "module"), work);

        assertThat(unitStep.exitCode()).as("fails in the unit step: " + unitStep.output()).isOne();
        assertThat(moduleStep.exitCode()).as(moduleStep.output()).isZero();
        List<JsonNode> results = AllureResults.read(allure);
        assertThat(results).hasSize(2);
        JsonNode failed = results.stream().filter(r -> "failed".equals(r.path("status").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no failed result in " + results));
        JsonNode passed = results.stream().filter(r -> "passed".equals(r.path("status").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no passed result in " + results));
        // One historyId would make Allure count the failed run as a retry of the passed one, and show 0 failed.
        assertThat(failed.path("historyId").asText()).isNotBlank()
                .isNotEqualTo(passed.path("historyId").asText());
        assertThat(AllureResults.label(failed, "layer")).containsExactly("unit");
        assertThat(AllureResults.label(failed, "suite")).containsExactly("unit");
        assertThat(stepParameter(failed)).containsExactly("unit");
        assertThat(AllureResults.label(passed, "layer")).containsExactly("module");
        assertThat(AllureResults.label(passed, "suite")).containsExactly("module");
        assertThat(stepParameter(passed)).containsExactly("module");
    }

    @Test
    void inAStepTheLayerIsTheStepsAndTheHistoryIdIsTheSameFromOneRunOfTheGateToTheNext() {
        TestResult unit = twoLayers();
        TestResult module = twoLayers();
        TestResult unitAgain = twoLayers();

        gate("unit").beforeTestWrite(unit);
        gate("module").beforeTestWrite(module);
        gate("unit").beforeTestWrite(unitAgain);

        assertThat(layers(unit)).containsExactly("unit");
        assertThat(layers(module)).containsExactly("module");
        assertThat(unit.getHistoryId()).matches("[0-9a-f]{32}").isNotEqualTo("d41d8cd98f00b204e9800998ecf8427e")
                .isNotEqualTo(module.getHistoryId()).isEqualTo(unitAgain.getHistoryId());
        assertThat(module.getParameters()).extracting(Parameter::getName, Parameter::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fearless.step", "module"));
    }

    @Test
    void theSameStepInAnotherGateIsAnotherResult() {
        TestResult predeploy = twoLayers();
        TestResult postdeploy = twoLayers();

        gate("smoke").beforeTestWrite(predeploy);
        new FearlessAllureLabels(Map.of("fearless.gate", "postdeploy", "fearless.step", "smoke",
                "fearless.layer", "smoke")::get).beforeTestWrite(postdeploy);

        assertThat(predeploy.getHistoryId()).isNotEqualTo(postdeploy.getHistoryId());
    }

    @Test
    void outsideAGateTheHistoryIdAndParametersAreAllures() {
        TestResult result = twoLayers();

        new FearlessAllureLabels(Map.<String, String>of()::get).beforeTestWrite(result);

        assertThat(result.getHistoryId()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(result.getParameters()).isEmpty();
        assertThat(layers(result)).containsExactly("unit");
    }

    @Test
    void outsideTheGateTakesTheLayerFromTheTestsTags(@TempDir Path work) throws Exception {
        Path allure = work.resolve("allure-results");
        ForkedRun fork = ForkedRun.run(OutsideTheGate.class, Map.of("allure.results.directory", allure.toString()),
                work);

        assertThat(fork.exitCode()).as(fork.output()).isZero();
        JsonNode result = AllureResults.byMethod(AllureResults.read(allure), "storesAnOrder");
        assertThat(AllureResults.label(result, "layer")).containsExactly("module");
        assertThat(AllureResults.label(result, "parentSuite")).isEmpty();
        assertThat(AllureResults.label(result, "suite")).containsExactly(OutsideTheGate.class.getCanonicalName());
    }

    @Test
    void isRegisteredWithAllureThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(TestLifecycleListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(FearlessAllureLabels.class);
    }

    @Test
    void aGateWithoutAStepLeavesTheClassAsSuite() {
        TestResult result = result(label("suite", "OrdersTest"), label("tag", "smoke"));

        new FearlessAllureLabels(Map.of("fearless.gate", "postdeploy")::get).beforeTestWrite(result);

        assertThat(result.getLabels()).extracting(Label::getName, Label::getValue).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("suite", "OrdersTest"),
                org.assertj.core.groups.Tuple.tuple("tag", "smoke"),
                org.assertj.core.groups.Tuple.tuple("layer", "smoke"),
                org.assertj.core.groups.Tuple.tuple("parentSuite", "postdeploy"));
    }

    @Test
    void addsNoLayerWhenNeitherTagNorPropertyNamesOne() {
        TestResult result = result(label("suite", "OrdersTest"), label("tag", "slow"));

        new FearlessAllureLabels(Map.<String, String>of()::get).beforeTestWrite(result);

        assertThat(result.getLabels()).extracting(Label::getName).containsExactlyInAnyOrder("suite", "tag");
    }

    private static Map<String, String> gateStep(Path allure, String step) {
        return Map.of("allure.results.directory", allure.toString(), "fearless.gate", "predeploy",
                "fearless.step", step, "fearless.layer", step);
    }

    private static FearlessAllureLabels gate(String step) {
        return new FearlessAllureLabels(Map.of("fearless.gate", "predeploy", "fearless.step", step,
                "fearless.layer", step)::get);
    }

    /** As Allure's JUnit listener writes a method tagged unit in a class tagged module: tags in that order. */
    private static TestResult twoLayers() {
        return result(label("suite", "MixedTest"), label("tag", "unit"), label("tag", "module"))
                .setHistoryId("d41d8cd98f00b204e9800998ecf8427e");
    }

    private static List<String> layers(TestResult result) {
        return result.getLabels().stream().filter(l -> "layer".equals(l.getName())).map(Label::getValue).toList();
    }

    private static List<String> stepParameter(JsonNode result) {
        List<String> values = new ArrayList<>();
        result.path("parameters").forEach(p -> {
            if ("fearless.step".equals(p.path("name").asText())) {
                values.add(p.path("value").asText());
            }
        });
        return values;
    }

    private static TestResult result(Label... labels) {
        return new TestResult().setLabels(new ArrayList<>(List.of(labels)));
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }

    static class UnitStep {
        @UnitTest
        void addsVat() {
            assertThat(100 * 121 / 100).isEqualTo(121);
        }

        @Test
        void hasNoLayerTag() {
            assertThat("fearless").isNotEmpty();
        }
    }

    /** Tagged module by its class and unit by its method, so the gate runs it in both steps. */
    @ModuleTest
    static class TwoLayers {
        @UnitTest
        void failsOnlyInTheUnitStep() {
            assertThat(System.getProperty("fearless.step")).isNotEqualTo("unit");
        }
    }

    static class OutsideTheGate {
        @ModuleTest
        void storesAnOrder() {
            assertThat(List.of("order")).hasSize(1);
        }
    }
}
