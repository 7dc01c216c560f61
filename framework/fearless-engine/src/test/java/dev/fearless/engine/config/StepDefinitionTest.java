package dev.fearless.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.fearless.engine.Layer;
import dev.fearless.engine.Severity;

/** The rules a step has when whoever builds it (a file or code) leaves them out: never none. */
class StepDefinitionTest {

    @Test
    void aTestStepWithoutPassRateRequiresEveryTestToPass() {
        StepDefinition step = new StepDefinition("unit", null, 1, Map.of(), null, null, Map.of(), List.of());

        assertThat(step.passRate()).isEqualTo(1.0);
        assertThat(StepDefinition.of(Layer.E2E).passRate()).isEqualTo(StepDefinition.DEFAULT_PASS_RATE);
    }

    @Test
    void keepsAPassRateThatIsGiven() {
        assertThat(StepDefinition.of(Layer.UNIT).withPassRate(0.9).passRate()).isEqualTo(0.9);
    }

    @Test
    void aStaticStepWithoutMaxFindingsAllowsNoErrorAndNoCriticalFinding() {
        StepDefinition step = StepDefinition.staticAnalysis(Map.of());

        assertThat(step.maxFindings()).isEqualTo(Map.of(Severity.ERROR, 0L, Severity.CRITICAL, 0L));
        assertThat(step.passRate()).isNull();
    }

    @Test
    void keepsMaxFindingsThatAreGiven() {
        assertThat(StepDefinition.staticAnalysis(Map.of(Severity.MAJOR, 4L)).maxFindings())
                .isEqualTo(Map.of(Severity.MAJOR, 4L));
    }

    @Test
    void acceptsTimeLimitsUpToSevenDays() {
        StepDefinition step = StepDefinition.of(Layer.UNIT).withTestTimeout(Duration.ofDays(7))
                .withMaxDuration(Duration.ofDays(7));

        assertThat(step.testTimeout()).isEqualTo(StepDefinition.MAX_TIME_LIMIT);
        assertThat(step.maxDuration()).isEqualTo(StepDefinition.MAX_TIME_LIMIT);
    }

    @Test
    void refusesATimeLimitAboveSevenDays() {
        StepDefinition step = StepDefinition.of(Layer.UNIT);

        assertThatThrownBy(() -> step.withTestTimeout(Duration.ofDays(7).plusMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("testTimeout is PT168H0.001S, but must be positive and at most 168h (7 days)");
        assertThatThrownBy(() -> step.withMaxDuration(Duration.ofHours(2_562_048)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxDuration is PT2562048H,");
    }

    @Test
    void refusesATimeLimitThatIsNotPositive() {
        assertThatThrownBy(() -> StepDefinition.of(Layer.UNIT).withMaxDuration(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maxDuration is PT0S,");
    }
}
