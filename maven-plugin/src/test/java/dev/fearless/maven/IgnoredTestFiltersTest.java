package dev.fearless.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class IgnoredTestFiltersTest {

    @Test
    void warnsOfEachSurefireFilterOnTheCommandLineWithItsValue() {
        Properties user = new Properties();
        user.setProperty("excludedGroups", "slow");
        user.setProperty("test", "ShippingTest#express");
        user.setProperty("fearless.baseUrl", "http://localhost:8080");

        assertThat(IgnoredTestFilters.warnings("predeploy", user))
                .satisfiesExactly(
                        test -> assertThat(test).startsWith("Fearless gate predeploy: -Dtest=ShippingTest#express"
                                + " does not narrow the gate"),
                        excluded -> assertThat(excluded).startsWith("Fearless gate predeploy: -DexcludedGroups=slow"
                                + " does not narrow the gate"));
    }

    @Test
    void saysNothingWithoutAFilter() {
        Properties user = new Properties();
        user.setProperty("fearless.gate", "predeploy");
        user.setProperty("testing", "yes");

        assertThat(IgnoredTestFilters.warnings("predeploy", user)).isEmpty();
    }
}
