package dev.fearless.engine.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.fearless.engine.Layer;

/** The JUnit tag expression that selects one layer's tests. */
public final class LayerSelection {

    private LayerSelection() {
    }

    /**
     * {@code module}, or for the default layer {@code unit | !(module | health | smoke | e2e)}: its own tag, or no
     * layer tag at all.
     */
    public static String tagExpression(Layer layer, Optional<Layer> defaultLayer) {
        if (defaultLayer.isEmpty() || defaultLayer.get() != layer) {
            return layer.tag();
        }
        String others = Arrays.stream(Layer.values()).filter(other -> other != layer).map(Layer::tag)
                .collect(Collectors.joining(" | "));
        return layer.tag() + " | !(" + others + ")";
    }
}
