package dev.fearless.internal.attach;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;

import org.apiguardian.api.API;

import dev.fearless.target.Secrets;
import io.qameta.allure.Allure;

/** Puts evidence where a person looks after a run: the test's output and, when Allure runs the test, its report. */
@API(status = INTERNAL, since = "0.1")
public final class Attachments {
    private Attachments() {
    }

    /**
     * Prints {@code text} under a title line and attaches it to the running Allure test or step, credentials masked.
     * Without a running Allure test nothing is attached: Allure would otherwise write a stray file into
     * {@code allure-results} of the working directory.
     */
    public static void publish(String name, String text) {
        String masked = Secrets.mask(text);
        PrintStream out = System.out;
        out.println("--- " + Secrets.mask(name) + " ---");
        out.println(masked);
        if (Allure.getLifecycle().getCurrentTestCaseOrStep().isPresent()) {
            Allure.addAttachment(Secrets.mask(name), "text/plain", masked, ".txt");
        }
    }
}
