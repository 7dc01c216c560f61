package dev.fearless.fork;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns JUnit Platform events into fork events. Only tests are reported; a container that fails or is skipped is
 * reported through the tests it held that never ran, so no test is lost to a failing {@code @BeforeAll}.
 */
final class StreamingListener implements TestExecutionListener {

    private final EventWriter events;
    private final RunningTestSlot runningTest;
    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<String, Started> started = new ConcurrentHashMap<>();
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private final Map<String, Container> containers = new ConcurrentHashMap<>();
    private volatile TestPlan plan;

    private record Started(int id, long startNanos) {
    }

    /**
     * A container that is running: its id in the event stream, the name the gate shows for it, that name as the
     * running-test slot shows it between its children (encoded once: the slot gets it after every test), and how many
     * of its children run now (more than one when JUnit runs them in parallel).
     */
    private record Container(int id, String name, byte[] outsideTests, AtomicInteger runningChildren) {

        Container(int id, String name) {
            this(id, name, RunningTestSlot.encode(name + ForkProtocol.OUTSIDE_TESTS), new AtomicInteger());
        }
    }

    StreamingListener(EventWriter events, RunningTestSlot runningTest) {
        this.events = events;
        this.runningTest = runningTest;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        events.found(ForkProtocol.FOUND, testPlan.countTestIdentifiers(TestIdentifier::isTest));
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier identifier) {
        if (identifier.isTest()) {
            events.found(ForkProtocol.FOUND_MORE, 1);
        }
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        int id = nextId.getAndIncrement();
        Container parent = parentOf(identifier);
        if (parent != null) {
            parent.runningChildren().incrementAndGet();
        }
        if (!identifier.isTest()) {
            // The container's own code runs now (a static initializer, @BeforeAll, a @TestFactory): if it hangs or
            // kills the JVM, the gate names the container rather than the last test that ran before it.
            Container container = new Container(id, containerName(identifier));
            containers.put(identifier.getUniqueId(), container);
            runningTest.set(container.outsideTests());
            events.containerStarted(id, container.name());
            return;
        }
        started.put(identifier.getUniqueId(), new Started(id, System.nanoTime()));
        TestOutput.begin();
        String className = className(identifier);
        byte[] name = RunningTestSlot.encode(qualifiedName(className, identifier));
        runningTest.set(name);
        events.started(id, name, className.length());
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (identifier.isTest()) {
            report(identifier, -1, ForkProtocol.SKIPPED, 0, null, reason);
        } else {
            forEachTestNotRun(identifier, test -> report(test, -1, ForkProtocol.SKIPPED, 0, null, reason));
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        byte status = status(result);
        Throwable failure = result.getThrowable().orElse(null);
        if (identifier.isTest()) {
            Started start = started.remove(identifier.getUniqueId());
            long durationMs = start == null ? 0 : (System.nanoTime() - start.startNanos()) / 1_000_000;
            report(identifier, start == null ? -1 : start.id(), status, durationMs, failure, null, TestOutput.end());
            backInParentOf(identifier);
            return;
        }
        reportContainerFailure(identifier, status, failure);
        Container container = containers.remove(identifier.getUniqueId());
        if (container != null) {
            events.containerFinished(container.id());
        }
        backInParentOf(identifier);
    }

    /**
     * When {@code identifier} was the last of its container's children to run, the run is back in the container's
     * own code until its next child starts; while siblings still run (in parallel), the slot keeps naming them.
     */
    private void backInParentOf(TestIdentifier identifier) {
        Container parent = parentOf(identifier);
        if (parent != null && parent.runningChildren().decrementAndGet() <= 0) {
            runningTest.set(parent.outsideTests());
        }
    }

    private Container parentOf(TestIdentifier identifier) {
        // By id, not through the test plan: JUnit caches a unique id's text, so this is one hash lookup per event.
        return identifier.getParentId().map(containers::get).orElse(null);
    }

    private void reportContainerFailure(TestIdentifier identifier, byte status, Throwable failure) {
        if (status == ForkProtocol.PASSED) {
            return;
        }
        // A container that failed: its tests that never ran fail with it. When all of them had run (an @AfterAll
        // failed) or it held none, the container itself counts as one more failed test, so the failure is seen.
        int[] notRun = {0};
        forEachTestNotRun(identifier, test -> {
            notRun[0]++;
            report(test, -1, status, 0, failure, null);
        });
        if (notRun[0] == 0) {
            events.found(ForkProtocol.FOUND_MORE, 1);
            report(identifier, -1, status, 0, failure, null);
        }
    }

    private void forEachTestNotRun(TestIdentifier container, java.util.function.Consumer<TestIdentifier> action) {
        if (plan == null) {
            return;
        }
        for (TestIdentifier descendant : plan.getDescendants(container)) {
            if (descendant.isTest() && !ended.contains(descendant.getUniqueId())
                    && !started.containsKey(descendant.getUniqueId())) {
                action.accept(descendant);
            }
        }
    }

    private void report(TestIdentifier test, int id, byte status, long durationMs, Throwable failure, String reason) {
        report(test, id, status, durationMs, failure, reason, null);
    }

    private void report(TestIdentifier test, int id, byte status, long durationMs, Throwable failure, String reason,
            String output) {
        if (!ended.add(test.getUniqueId())) {
            return;
        }
        events.result(id, test.getUniqueId(), className(test), reportedName(test), test.getDisplayName(), status,
                durationMs, failure, reason, output);
    }

    /**
     * A test's legacy reporting name; empty for a class reported as a failed test (its {@code @AfterAll} failed),
     * as Surefire names it: a class's legacy name is the class name, which would otherwise be said twice.
     */
    private static String reportedName(TestIdentifier test) {
        boolean aClass = test.isContainer() && test.getSource().filter(ClassSource.class::isInstance).isPresent();
        return aClass ? "" : test.getLegacyReportingName();
    }

    private static byte status(TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL:
                return ForkProtocol.PASSED;
            case ABORTED:
                return ForkProtocol.ABORTED;
            default:
                return ForkProtocol.FAILED;
        }
    }

    private String className(TestIdentifier test) {
        Optional<TestSource> source = test.getSource();
        if (source.isPresent() && source.get() instanceof MethodSource method) {
            return method.getClassName();
        }
        if (source.isPresent() && source.get() instanceof ClassSource type) {
            return type.getClassName();
        }
        TestPlan current = plan;
        if (current != null) {
            Optional<TestIdentifier> parent = current.getParent(test);
            if (parent.isPresent()) {
                return className(parent.get());
            }
        }
        return "";
    }

    /** A class's name for a class, {@code Class.method()} for a method's container, the display name otherwise. */
    private String containerName(TestIdentifier container) {
        Optional<TestSource> source = container.getSource();
        if (source.isPresent() && source.get() instanceof ClassSource type) {
            return type.getClassName();
        }
        if (source.isPresent() && source.get() instanceof MethodSource) {
            return qualifiedName(className(container), container);
        }
        return container.getDisplayName();
    }

    /** {@code Class.test()}, or the legacy reporting name alone when there is no class. */
    private static String qualifiedName(String className, TestIdentifier test) {
        return className.isEmpty() ? test.getLegacyReportingName()
                : className + "." + test.getLegacyReportingName();
    }
}
