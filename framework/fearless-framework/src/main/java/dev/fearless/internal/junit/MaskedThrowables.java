package dev.fearless.internal.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;
import org.opentest4j.TestSkippedException;

import dev.fearless.target.Secrets;

/**
 * Copies a throwable whose messages show a credential (an assertion that quotes a response body, an exception that
 * quotes a URL with a password) into one that shows {@code ****} instead, keeping stack traces and causes.
 */
@API(status = INTERNAL, since = "0.1")
public final class MaskedThrowables {
    private MaskedThrowables() {
    }

    /** {@code throwable} itself when it shows no credential, else a masked copy. */
    public static Throwable mask(Throwable throwable) {
        if (!showsSecret(throwable, new IdentityHashMap<>())) {
            return throwable;
        }
        return copy(throwable, new IdentityHashMap<>());
    }

    private static boolean showsSecret(Throwable throwable, Map<Throwable, Boolean> seen) {
        if (throwable == null || seen.put(throwable, Boolean.TRUE) != null) {
            return false;
        }
        if (Secrets.containsSecret(throwable.toString())) {
            return true;
        }
        for (Throwable suppressed : throwable.getSuppressed()) {
            if (showsSecret(suppressed, seen)) {
                return true;
            }
        }
        return showsSecret(throwable.getCause(), seen);
    }

    private static Throwable copy(Throwable original, Map<Throwable, Throwable> copies) {
        Throwable done = copies.get(original);
        if (done != null) {
            return done;
        }
        String message = Secrets.mask(original.getMessage());
        // The same type when it can be made with a message alone, so that reports show the real type (the JUnit XML's
        // failure type, the reason's ParameterResolutionException: ...).
        Throwable copy = sameType(original, message);
        if (copy != null) {
            copies.put(original, copy);
            if (!keepsCause(copy, original, copies)) {
                // Its constructor had set a cause (even null), so the original's cannot be kept: a stand-in can.
                copy = null;
            }
        }
        if (copy == null) {
            copy = standIn(original, message);
            copies.put(original, copy);
            keepsCause(copy, original, copies);
        }
        copy.setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, copies));
        }
        return copy;
    }

    /**
     * An assertion stays an assertion, so the test is still reported as failed rather than broken, and an aborted or
     * skipped test stays aborted or skipped rather than becoming an error; anything else is a {@link MaskedException}
     * that names the original type.
     */
    private static Throwable standIn(Throwable original, String message) {
        if (original instanceof AssertionError) {
            return new AssertionError(message);
        } else if (original instanceof TestAbortedException) {
            return new TestAbortedException(message);
        } else if (original instanceof TestSkippedException) {
            return new TestSkippedException(message);
        }
        return new MaskedException(original.getClass().getName() + (message == null ? "" : ": " + message));
    }

    /** Gives {@code copy} the masked copy of {@code original}'s cause; false when its cause was set already. */
    private static boolean keepsCause(Throwable copy, Throwable original, Map<Throwable, Throwable> copies) {
        if (original.getCause() == null) {
            return true;
        }
        try {
            copy.initCause(copy(original.getCause(), copies));
            return true;
        } catch (IllegalStateException alreadySet) {
            return false;
        }
    }

    /**
     * A new throwable of {@code original}'s class with {@code message}, through its public {@code (String)}
     * constructor, or {@code null} when it has none or it fails. A copy, never the original: its other fields may
     * quote the secret too ({@code AssertionFailedError}'s expected and actual values).
     */
    private static Throwable sameType(Throwable original, String message) {
        try {
            return original.getClass().getConstructor(String.class).newInstance(message);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Stands in for a non-assertion throwable whose message had to be masked; its message names the original type. */
    @API(status = INTERNAL, since = "0.1")
    public static final class MaskedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MaskedException(String message) {
            super(message);
        }
    }
}
