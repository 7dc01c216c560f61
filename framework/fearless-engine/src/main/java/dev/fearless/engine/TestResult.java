package dev.fearless.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One finished test, as it streams from the fork to {@link GateListener#testFinished}.
 *
 * @param uniqueId    the JUnit Platform unique id; empty for a test that the test JVM ended in (it exited, crashed or
 *                    was killed for a timeout), which the gate reports as failed with that end as its message
 * @param className   the test class, or the container's legacy reporting name when there is no class
 * @param name        the test's legacy reporting name, for example {@code adds(int, int)[1]}
 * @param displayName the display name
 * @param status      how it ended
 * @param durationMs  how long it ran
 * @param failureType the class of the throwable, or {@code null}
 * @param message     the throwable's message or the skip reason, or {@code null}
 * @param stackTrace  the throwable's stack trace, or {@code null}
 * @param output      what the test printed on its own thread (its beginning, when it printed a lot), for its JUnit
 *                    XML {@code <system-out>}; {@code null} when nothing
 */
@API(status = STABLE, since = "0.1")
public record TestResult(String uniqueId, String className, String name, String displayName, TestStatus status,
        long durationMs, String failureType, String message, String stackTrace, String output) {

    /** A result without output. */
    public TestResult(String uniqueId, String className, String name, String displayName, TestStatus status,
            long durationMs, String failureType, String message, String stackTrace) {
        this(uniqueId, className, name, displayName, status, durationMs, failureType, message, stackTrace, null);
    }

    /**
     * {@code ClassName.name}, the way people name a test in a message; the class alone for a class's own failure (an
     * {@code @AfterAll}), whose name is empty.
     */
    public String qualifiedName() {
        if (className == null || className.isEmpty()) {
            return name;
        }
        return name == null || name.isEmpty() ? className : className + "." + name;
    }
}
