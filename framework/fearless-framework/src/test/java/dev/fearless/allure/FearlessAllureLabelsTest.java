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

    static class OutsideTheGate {
        @ModuleTest
        void storesAnOrder() {
            assertThat(List.of("order")).hasSize(1);
        }
    }
}
