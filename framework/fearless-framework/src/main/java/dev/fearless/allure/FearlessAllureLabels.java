package dev.fearless.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.fearless.api.Layers;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.TestResult;

import org.apiguardian.api.API;

/**
 * Puts each Allure test result in its layer, gate and step, so the report groups tests as the gate ran them:
 * {@code parentSuite} is the gate, {@code suite} the step and {@code subSuite} the test class.
 *
 * <p>Registered through {@code META-INF/services/io.qameta.allure.listener.TestLifecycleListener}: nothing to do
 * in a test. Before a result is written it sets
 * <ul>
 * <li>{@code layer}: the test's layer tag ({@code @UnitTest} gives {@code unit}), else the system property
 * {@code fearless.layer}, and a {@code tag} label for it;</li>
 * <li>{@code parentSuite}: the system property {@code fearless.gate}, when set;</li>
 * <li>{@code suite}: the system property {@code fearless.step}, when set, moving the test class to
 * {@code subSuite}.</li>
 * </ul>
 * Outside the gate (an IDE, plain Surefire) only the layer is added, from the test's tags.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FearlessAllureLabels implements TestLifecycleListener {
    static final String LAYER = "layer";
    static final String TAG = "tag";
    static final String PARENT_SUITE = "parentSuite";
    static final String SUITE = "suite";
    static final String SUB_SUITE = "subSuite";
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
        layerOf(labels).ifPresent(layer -> {
            replace(labels, LAYER, layer);
            if (labels.stream().noneMatch(l -> TAG.equals(l.getName()) && layer.equals(l.getValue()))) {
                labels.add(label(TAG, layer));
            }
        });
        property("fearless.gate").ifPresent(gate -> replace(labels, PARENT_SUITE, gate));
        property("fearless.step").ifPresent(step -> {
            if (labels.stream().noneMatch(l -> SUB_SUITE.equals(l.getName()))) {
                labels.stream().filter(l -> SUITE.equals(l.getName())).findFirst()
                        .ifPresent(suite -> labels.add(label(SUB_SUITE, suite.getValue())));
            }
            replace(labels, SUITE, step);
        });
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
