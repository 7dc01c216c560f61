package dev.fearless.internal.allure;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Parameter;

import org.apiguardian.api.API;

/**
 * Adds files and parameters to the Allure result of the test that is running, when Allure is recording one
 * (allure-jupiter's listener in a Launcher run); otherwise does nothing, so tests run the same without Allure.
 */
@API(status = INTERNAL, since = "0.1")
public final class AllureAttachments {
    private AllureAttachments() {
    }

    public static void attach(String name, String mimeType, Path file) throws IOException {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCase().isEmpty()) {
            return;
        }
        String name0 = file.getFileName().toString();
        String extension = name0.contains(".") ? name0.substring(name0.lastIndexOf('.')) : "";
        try (InputStream in = Files.newInputStream(file)) {
            lifecycle.addAttachment(name, mimeType, extension, in);
        }
    }

    /** A parameter shown on the test's page and left out of its history id, so it does not split the test's history. */
    public static void parameter(String name, String value) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCase().isEmpty()) {
            return;
        }
        lifecycle.updateTestCase(result -> {
            result.getParameters().removeIf(p -> name.equals(p.getName()));
            result.getParameters().add(new Parameter().setName(name).setValue(value).setExcluded(true));
        });
    }
}
