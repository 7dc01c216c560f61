package dev.fearless.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

import dev.fearless.engine.config.FearlessConfig;
import dev.fearless.engine.internal.config.ConfigBinder;
import dev.fearless.engine.internal.config.YamlTreeReader;

class PreloadTest {

    /** The preload ignores its own failures, so a renamed class would silently drop out of it: this catches that. */
    @Test
    void everyClassItNamesExists() {
        for (String name : Preload.FORK_CLASSES) {
            assertThatCode(() -> Class.forName(name, false, Preload.class.getClassLoader()))
                    .as(name).doesNotThrowAnyException();
        }
    }

    /** An example the binder refused would end the preload before the fork's and JaCoCo's classes. */
    @Test
    void itsExampleIsAValidConfiguration() throws Exception {
        FearlessConfig config = ConfigBinder.bind(YamlTreeReader.read(Preload.EXAMPLE_CONFIG, "<preload>"),
                FearlessConfig.builtIn(), "<preload>");

        assertThat(config.gate("preload")).hasValueSatisfying(gate -> assertThat(gate.steps()).hasSize(2));
    }

    /** The coverage preload swallows its errors: run its work directly, so that they show here. */
    @Test
    void analyzesItsOwnClassWithJacoco() throws Exception {
        assertThat(Preload.analyzeOwnClass()).isEqualTo(1);
    }

    @Test
    void runsAndRecordsNoFailure() {
        Preload.run();
        Preload.stepEnd(true);

        assertThat(Preload.failure()).isEmpty();
    }
}
