package dev.fearless.reports.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The Allure report could not be generated: no results, no verdict, no Allure distribution, or Allure's generator
 * failed. The message is one line that says what and where, and what to do.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllureReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with a one-line message. */
    public AllureReportException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public AllureReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
