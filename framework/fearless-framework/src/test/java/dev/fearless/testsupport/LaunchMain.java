package dev.fearless.testsupport;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one test class the way the gate's fork does: {@code LauncherFactory.create()}, so the listeners on the class
 * path (allure-jupiter's among them) register themselves. Prints the summary; exits 0 when all passed, 1 otherwise.
 */
public final class LaunchMain {
    private LaunchMain() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Class.forName(args[0])))
                .build(), summary);
        TestExecutionSummary result = summary.getSummary();
        System.out.println("tests: " + result.getTestsSucceededCount() + " passed, " + result.getTestsFailedCount()
                + " failed");
        System.exit(result.getTotalFailureCount() == 0 ? 0 : 1);
    }
}
