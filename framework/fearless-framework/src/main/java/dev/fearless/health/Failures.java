package dev.fearless.health;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

import javax.net.ssl.SSLException;

/** Names why an attempt got no answer, the way a person would say it, with the address it tried. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable failure, String address, Duration connectTimeout) {
        if (has(failure, UnresolvedAddressException.class) || has(failure, UnknownHostException.class)) {
            return "unknown host (" + address + ")";
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null) {
            return "TLS failure: " + tls.getMessage() + " (" + address + ")";
        }
        if (has(failure, HttpConnectTimeoutException.class) || has(failure, SocketTimeoutException.class)) {
            return "no connection within connect timeout " + Durations.format(connectTimeout) + " (" + address + ")";
        }
        ConnectException connect = find(failure, ConnectException.class);
        if (connect != null) {
            String message = deepestMessage(failure);
            return message == null || message.toLowerCase(Locale.ROOT).contains("refused")
                    ? "connection refused (" + address + ")"
                    : "cannot connect: " + message + " (" + address + ")";
        }
        return failure.getClass().getSimpleName() + ": " + deepestMessage(failure) + " (" + address + ")";
    }

    /** The read timeout when that is what limited the attempt, otherwise what was left of the budget. */
    static String noAnswer(Duration waited, Duration readTimeout, Duration budget) {
        return waited.compareTo(readTimeout) >= 0
                ? "no answer within read timeout " + Durations.format(readTimeout)
                : "no answer within " + Durations.format(waited) + ", the rest of the " + Durations.format(budget)
                        + " budget";
    }

    static boolean isTimeout(Throwable failure) {
        return failure instanceof HttpTimeoutException && !(failure instanceof HttpConnectTimeoutException);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String deepestMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
