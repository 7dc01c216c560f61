package dev.fearless.testsupport;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.UUID;

import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.TestResult;

/**
 * Runs a test class through the JUnit test kit inside a running Allure test case, standing in for Allure's JUnit
 * listener, which the test kit does not run; the case is written to {@code allure.results.directory} at the end.
 * The caller restores Allure's previous lifecycle.
 */
public final class AllureTestCase {

    private AllureTestCase() {
    }

    public static EngineExecutionResults run(Class<?> testClass) {
        AllureLifecycle lifecycle = new AllureLifecycle();
        Allure.setLifecycle(lifecycle);
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName(testClass.getSimpleName()));
        lifecycle.startTestCase(uuid);
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
        } finally {
            lifecycle.stopTestCase(uuid);
            lifecycle.writeTestCase(uuid);
        }
    }
}
