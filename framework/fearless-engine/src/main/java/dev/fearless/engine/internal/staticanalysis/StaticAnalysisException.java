package dev.fearless.engine.internal.staticanalysis;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A static-analysis report is missing, unreadable or of an unknown format; the message names the file. */
@API(status = INTERNAL, since = "0.1")
public class StaticAnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    public StaticAnalysisException(String message) {
        super(message);
    }

    public StaticAnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
