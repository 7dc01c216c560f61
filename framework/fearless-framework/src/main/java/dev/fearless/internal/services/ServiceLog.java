package dev.fearless.internal.services;

import java.lang.System.Logger.Level;

import dev.fearless.services.ServiceChoice;

import org.junit.jupiter.api.extension.ExtensionContext;

/** Says where each service came from: one log line, and a JUnit report entry that reports can show. */
final class ServiceLog {
    private static final System.Logger LOG = System.getLogger("dev.fearless.services");

    private ServiceLog() {
    }

    static void chosen(ExtensionContext context, ServiceChoice choice) {
        LOG.log(Level.INFO, "Fearless services: " + choice);
        context.publishReportEntry(reportKey(choice.service()), choice.toString());
    }

    /** {@code fearless.services.postgres}: the report entry's key and the Allure parameter's name. */
    static String reportKey(String service) {
        return "fearless.services." + service;
    }
}
