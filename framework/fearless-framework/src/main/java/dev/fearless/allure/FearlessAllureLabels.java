package dev.fearless.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.fearless.api.Layers;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;

import org.apiguardian.api.API;

/**
 * Puts each Allure test result in its layer, gate and step, so the report groups tests as the gate ran them:
 * {@code parentSuite} is the gate, {@code suite} the step and {@code subSuite} the test class.
 *
 * <p>Registered through {@code META-INF/services/io.qameta.allure.listener.TestLifecycleListener}: nothing to do
 * in a test. Before a result is written it sets
 * <ul>
 * <li>{@code layer}: in a gate's step (the system properties {@code fearless.step} and {@code fearless.layer} are
 * set), the step's layer, {@code fearless.layer}; else the test's layer tag ({@code @UnitTest} gives {@code unit}),
 * else {@code fearless.layer}; and a {@code tag} label for it;</li>
 * <li>{@code parentSuite}: the system property {@code fearless.gate}, when set;</li>
 * <li>{@code suite}: the system property {@code fearless.step}, when set, moving the test class to
 * {@code subSuite}.</li>
 * </ul>
 * In a gate's step it also makes the run a result of its own: a test with two layers ({@code @ModuleTest} on the
 * class, {@code @UnitTest} on the method) runs in two steps, and Allure would file runs with the same
 * {@code historyId} as retries of one another, showing only the last. So the step (and gate) is folded into the
 * {@code historyId}, which stays stable from one run of the gate to the next, and shown as the parameter
 * {@code fearless.step}.
 * Outside the gate (an IDE, plain Surefire) only the layer is added, from the test's tags.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FearlessAllureLabels implements TestLifecycleListener {
    static final String LAYER = "layer";
    static final String TAG = "tag";
    static final String PARENT_SUITE = "parentSuite";
    static final String SUITE = "suite";
    static final String SUB_SUITE = "subSuite";
    static final String STEP_PARAMETER = "fearless.step";
    private static final List<String> LAYERS = List.of(Layers.UNIT, Layers.MODULE, Layers.HEALTH, Layers.SMOKE,
            Layers.E2E);

    private final UnaryOperator<String> properties;

    /** Reads {@code fearless.gate}, {@code fearless.step} and {@code fearless.layer} from the system properties. */
    public FearlessAllureLabels() {
        this(System::getProperty);
    }

    FearlessAllureLabels(UnaryOperator<String> properties) {
        this.properties = properties;
    }

    @Override
    public void beforeTestWrite(TestResult result) {
        List<Label> labels = result.getLabels();
        Optional<String> step = property("fearless.step");
        // In a step, the test ran because of the step's layer, whichever of its tags comes first.
        Optional<String> stepLayer = step.flatMap(s -> property("fearless.layer"));
        stepLayer.or(() -> layerOf(labels)).ifPresent(layer -> {
            replace(labels, LAYER, layer);
            if (labels.stream().noneMatch(l -> TAG.equals(l.getName()) && layer.equals(l.getValue()))) {
                labels.add(label(TAG, layer));
            }
        });
        property("fearless.gate").ifPresent(gate -> replace(labels, PARENT_SUITE, gate));
        step.ifPresent(name -> {
            if (labels.stream().noneMatch(l -> SUB_SUITE.equals(l.getName()))) {
                labels.stream().filter(l -> SUITE.equals(l.getName())).findFirst()
                        .ifPresent(suite -> labels.add(label(SUB_SUITE, suite.getValue())));
            }
            replace(labels, SUITE, name);
        });
        if (stepLayer.isPresent()) {
            ownResultPerStep(result, step.get());
        }
    }

    /**
     * Allure files results with one {@code historyId} as retries of one test and counts only the last, so a test
     * that runs in two steps would hide one step's failure behind the other's pass.
     */
    private void ownResultPerStep(TestResult result, String step) {
        String run = property("fearless.gate").map(gate -> gate + "/").orElse("") + step;
        if (result.getHistoryId() != null) {
            result.setHistoryId(md5(result.getHistoryId() + " " + run));
        }
        List<Parameter> parameters = result.getParameters();
        parameters.removeIf(p -> STEP_PARAMETER.equals(p.getName()));
        parameters.add(new Parameter().setName(STEP_PARAMETER).setValue(step));
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    private Optional<String> layerOf(List<Label> labels) {
        Optional<String> tagged = LAYERS.stream()
                .filter(layer -> labels.stream().anyMatch(l -> TAG.equals(l.getName()) && layer.equals(l.getValue())))
                .findFirst();
        return tagged.or(() -> property("fearless.layer"));
    }

    private Optional<String> property(String key) {
        return Optional.ofNullable(properties.apply(key)).filter(v -> !v.isBlank());
    }

    private static void replace(List<Label> labels, String name, String value) {
        labels.removeIf(l -> name.equals(l.getName()));
        labels.add(label(name, value));
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
