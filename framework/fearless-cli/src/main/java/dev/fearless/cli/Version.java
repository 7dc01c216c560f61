package dev.fearless.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** Fearless's version, from {@code version.properties}, which Maven fills in at build time. */
final class Version implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"fearless " + version(), "JVM: ${java.version} (${java.vendor} ${java.vm.name})"};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": a missing version must not stop a gate.
        }
        return properties.getProperty("version", "unknown");
    }
}
