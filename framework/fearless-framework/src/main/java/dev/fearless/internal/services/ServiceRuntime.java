package dev.fearless.internal.services;

import java.util.function.Function;

import dev.fearless.internal.allure.AllureAttachments;
import dev.fearless.services.ServiceUnavailableException;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The life of one declared service: started before the class's tests when registered on a static field (once, even
 * for {@code @Nested} classes that inherit it), before each test when registered on an instance field; stopped after.
 * A service that could not start fails every test that uses it, with the reason.
 */
public final class ServiceRuntime<E extends AutoCloseable> {
    private final String name;
    private final Function<ExtensionContext, Running<E>> starter;
    private Running<E> running;
    private ServiceUnavailableException failure;
    private int classUsers;
    private boolean perTest;

    public ServiceRuntime(String name, Function<ExtensionContext, Running<E>> starter) {
        this.name = name;
        this.starter = starter;
    }

    public synchronized void beforeAll(ExtensionContext context) {
        if (classUsers++ == 0) {
            start(context);
        }
    }

    public synchronized void afterAll(ExtensionContext context) throws Exception {
        if (--classUsers == 0) {
            stop();
        }
    }

    public synchronized void beforeEach(ExtensionContext context) {
        if (running == null && failure == null) {
            perTest = true;
            start(context);
        }
        if (failure != null) {
            // Thrown per test rather than once in beforeAll, so each test fails and counts, with the same reason.
            throw new ServiceUnavailableException(failure.getMessage(), failure.getCause());
        }
        AllureAttachments.parameter(ServiceLog.reportKey(name), running.choice().toString());
    }

    public synchronized void afterEach(ExtensionContext context) throws Exception {
        if (perTest) {
            perTest = false;
            stop();
        }
    }

    /** The running service, for the handle's accessors. */
    public synchronized Running<E> running() {
        if (running == null) {
            throw new IllegalStateException(name + " is not running: declare it in the test class as "
                    + "@RegisterExtension static final ... = FearlessServices...; and use it inside tests");
        }
        return running;
    }

    private void start(ExtensionContext context) {
        try {
            running = starter.apply(context);
        } catch (ServiceUnavailableException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new ServiceUnavailableException(name + " did not start: " + e.getMessage(), e);
        }
    }

    private void stop() throws Exception {
        failure = null;
        if (running != null) {
            E endpoint = running.endpoint();
            running = null;
            endpoint.close();
        }
    }
}
