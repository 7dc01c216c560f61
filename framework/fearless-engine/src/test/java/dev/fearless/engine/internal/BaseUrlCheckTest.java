package dev.fearless.engine.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.fearless.engine.ExitCode;
import dev.fearless.engine.GateException;

class BaseUrlCheckTest {

    private static final Optional<String> GATES = Optional.of("https://ci:s3cret@staging.example.com/");

    @Test
    void refusesATestSystemPropertyThatNamesAnotherTarget() {
        // A pom's systemPropertyVariables for the IDE, and the gate's baseUrl for the deploy: the tests would take the
        // first, so the gate would approve an environment it was not asked about.
        assertThatThrownBy(() -> BaseUrlCheck.checkNotGivenTwice(GATES,
                Map.of("fearless.baseUrl", "http://localhost:8080"), List.of()))
                .isInstanceOfSatisfying(GateException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage("the base URL is given twice: https://****@staging.example.com/ to the gate, and"
                        + " http://localhost:8080 as the system property fearless.baseUrl for the tests (from -D,"
                        + " Surefire's systemPropertyVariables or argLine), which the tests would use; give the target"
                        + " once");
        assertThatThrownBy(() -> BaseUrlCheck.checkNotGivenTwice(GATES, Map.of(),
                List.of("-Xmx1g", "-Dfearless.baseUrl=http://localhost:8080")))
                .hasMessageStartingWith("the base URL is given twice:");
        // argLine names the gate's URL, systemPropertyVariables another: the test JVM keeps the latter.
        assertThatThrownBy(() -> BaseUrlCheck.checkNotGivenTwice(GATES,
                Map.of("fearless.baseUrl", "http://localhost:8080"), List.of("-Dfearless.baseUrl=" + GATES.get())))
                .hasMessageStartingWith("the base URL is given twice:");
    }

    @Test
    void acceptsTheSameValueTwiceOrEitherAlone() {
        // mvn -Dfearless.baseUrl=... sets both the goal's baseUrl and the tests' system property.
        assertThatCode(() -> BaseUrlCheck.checkNotGivenTwice(GATES, Map.of("fearless.baseUrl", GATES.get()),
                List.of())).doesNotThrowAnyException();
        assertThatCode(() -> BaseUrlCheck.checkNotGivenTwice(Optional.empty(),
                Map.of("fearless.baseUrl", "http://localhost:8080"), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> BaseUrlCheck.checkNotGivenTwice(GATES, Map.of(), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> BaseUrlCheck.checkNotGivenTwice(GATES, Map.of("fearless.baseUrl", " "),
                List.of("-Dfearless.baseUrl=https://ci:s3cret@staging.example.com"))).doesNotThrowAnyException();
    }
}
