package dev.fearless.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.fearless.services.ServiceChoice.Source;

/** Where a service came from is logged and reported: a password in its URL must not be. */
class ServiceChoiceTest {

    @Test
    void aPasswordInTheServicesUrlIsMaskedInTheLogLineAndInAnErrorAboutIt() {
        String url = "jdbc:postgresql://127.0.0.1:5432/nosuchdb?user=ci&password=hunter2";

        ServiceChoice choice = new ServiceChoice("postgres", Source.EXTERNAL, url, "configured");
        ServiceUnavailableException failure = new ServiceUnavailableException("postgres: external PostgreSQL " + url
                + " could not create a test schema");

        assertThat(choice.toString()).isEqualTo("postgres from external"
                + " jdbc:postgresql://127.0.0.1:5432/nosuchdb?user=ci&password=**** (configured)");
        assertThat(failure).hasMessageContaining("password=****").hasMessageNotContaining("hunter2");
    }
}
