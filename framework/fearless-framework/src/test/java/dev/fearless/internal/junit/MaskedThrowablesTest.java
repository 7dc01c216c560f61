package dev.fearless.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.TestAbortedException;

import dev.fearless.api.ModuleTest;
import dev.fearless.target.Secret;

class MaskedThrowablesTest {
    static final String SECRET = Secret.of("masked-lifecycle-secret-55").reveal();

    @Test
    void anAbortedTestStaysAbortedWithItsMessageMasked() {
        Throwable masked = MaskedThrowables.mask(new TestAbortedException("mirror " + SECRET + " is down"));

        assertThat(masked).isInstanceOf(TestAbortedException.class).hasMessage("mirror **** is down");
    }

    @Test
    void anotherExceptionKeepsItsTypeWhenItCanBeMadeWithAMessage() {
        IllegalStateException original = new IllegalStateException("cannot log in with " + SECRET);
        Throwable masked = MaskedThrowables.mask(original);

        assertThat(masked).isExactlyInstanceOf(IllegalStateException.class).isNotSameAs(original)
                .hasMessage("cannot log in with ****");
        assertThat(masked.getStackTrace()).isEqualTo(original.getStackTrace());
    }

    @Test
    void anExceptionWithoutAMessageConstructorNamesItsTypeInTheMaskedMessage() {
        Throwable masked = MaskedThrowables.mask(new NoMessageConstructor("cannot log in with " + SECRET));

        assertThat(masked).isInstanceOf(MaskedThrowables.MaskedException.class)
                .hasMessage(NoMessageConstructor.class.getName() + ": cannot log in with ****");
    }

    @Test
    void anExceptionWhoseConstructorSetsACauseKeepsTheOriginalsCauseThroughAStandIn() {
        CauseSetByConstructor original = new CauseSetByConstructor("cannot log in with " + SECRET);
        original.withCause(new IllegalArgumentException("root " + SECRET));

        Throwable masked = MaskedThrowables.mask(original);

        assertThat(masked).isInstanceOf(MaskedThrowables.MaskedException.class)
                .hasMessage(CauseSetByConstructor.class.getName() + ": cannot log in with ****");
        assertThat(masked.getCause()).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("root ****");
    }

    /** As opentest4j 1.2's AssertionFailedError: its (String) constructor passes a null cause on. */
    public static class CauseSetByConstructor extends RuntimeException {
        private Throwable realCause;

        public CauseSetByConstructor(String message) {
            super(message, null);
        }

        void withCause(Throwable cause) {
            this.realCause = cause;
        }

        @Override
        public synchronized Throwable getCause() {
            return realCause;
        }
    }

    static class NoMessageConstructor extends RuntimeException {
        NoMessageConstructor(String message) {
            super(message);
        }
    }

    @Test
    void anAssumptionThatQuotesASecretSkipsTheTestAndABeforeAllThatDoesIsMasked() {
        EngineExecutionResults assumed = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(AssumingTestCase.class)).execute();
        EngineExecutionResults brokenSetUp = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(BrokenSetUpTestCase.class)).execute();

        assumed.testEvents().assertStatistics(stats -> stats.aborted(1).failed(0));
        Throwable setUpFailure = brokenSetUp.containerEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .findFirst().orElseThrow();
        assertThat(setUpFailure.getMessage()).contains("****").doesNotContain(SECRET);
    }

    static class AssumingTestCase {
        @ModuleTest
        void needsTheMirror() {
            assumeTrue(false, "mirror https://ci:" + SECRET + "@mirror.example.com is down");
        }
    }

    @ModuleTest
    static class BrokenSetUpTestCase {
        @BeforeAll
        static void logIn() {
            throw new IllegalStateException("cannot log in with " + SECRET);
        }

        @Test
        void usesTheSession() {
        }
    }
}
