package dev.fearless.maven;

import java.util.List;
import java.util.Properties;

/**
 * Surefire's command-line filters ({@code -Dtest}, {@code -Dgroups}, {@code -DexcludedGroups}), which the gate does
 * not follow: a gate that ran only the tests a developer picked would say GO for tests it never ran. The gate runs
 * every test of its steps' layers instead, and says so, so that a user who typed the filter does not believe it
 * narrowed the run.
 */
final class IgnoredTestFilters {

    /** The user properties Surefire reads as filters of the tests it runs. */
    static final List<String> PROPERTIES = List.of("test", "groups", "excludedGroups");

    private IgnoredTestFilters() {
    }

    /** One warning per filter among {@code userProperties}, in {@link #PROPERTIES}' order; none when there is none. */
    static List<String> warnings(String gate, Properties userProperties) {
        return PROPERTIES.stream().filter(userProperties::containsKey)
                .map(name -> "Fearless gate " + gate + ": -D" + name + "=" + userProperties.getProperty(name)
                        + " does not narrow the gate, which runs every test of its steps' layers that Surefire's"
                        + " includes and excludes select; to run only those tests, run Surefire without the gate's"
                        + " profile")
                .toList();
    }
}
