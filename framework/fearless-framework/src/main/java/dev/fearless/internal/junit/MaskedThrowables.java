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
        // An assertion stays an assertion, so the test is still reported as failed rather than broken; an aborted or
        // skipped test stays aborted or skipped rather than becoming an error.
        Throwable copy;
        if (original instanceof AssertionError) {
            copy = new AssertionError(message);
        } else if (original instanceof TestAbortedException) {
            copy = new TestAbortedException(message);
        } else if (original instanceof TestSkippedException) {
            copy = new TestSkippedException(message);
        } else {
            copy = new MaskedException(original.getClass().getName() + (message == null ? "" : ": " + message));
        }
        copies.put(original, copy);
        copy.setStackTrace(original.getStackTrace());
        if (original.getCause() != null) {
            copy.initCause(copy(original.getCause(), copies));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, copies));
        }
        return copy;
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
