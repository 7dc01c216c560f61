package dev.fearless.internal.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.fearless.internal.settings.Settings;
import dev.fearless.services.ServiceChoice.Source;
import dev.fearless.services.ServiceUnavailableException;

import org.junit.jupiter.api.Test;

class PlacementTest {
    private static final List<String> KEYS = List.of("fearless.services.postgres.url");
    private static final Supplier<DockerStatus> DOCKER = DockerStatus::found;
    private static final Supplier<DockerStatus> NO_DOCKER = () -> DockerStatus.missing("no socket");
    private static final Supplier<DockerStatus> NOT_ASKED = () -> {
        throw new AssertionError("Docker was asked");
    };

    @Test
    void autoWithDockerStartsAContainer() {
        assertThat(Placement.decide("postgres", ServiceMode.AUTO, DOCKER, KEYS, List.of()))
                .isEqualTo(new Placement(Source.CONTAINER, "Docker engine available"));
    }

    @Test
    void autoWithoutDockerUsesTheExternalService() {
        assertThat(Placement.decide("postgres", ServiceMode.AUTO, NO_DOCKER, KEYS, List.of()))
                .isEqualTo(new Placement(Source.EXTERNAL, "no Docker engine: no socket"));
    }

    @Test
    void autoWithNeitherFailsNamingWhatToSet() {
        assertThatThrownBy(() -> Placement.decide("postgres", ServiceMode.AUTO, NO_DOCKER, KEYS, KEYS))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessage("postgres: no Docker engine (no socket) and no external service: set "
                        + "fearless.services.postgres.url (env FEARLESS_SERVICES_POSTGRES_URL), or start Docker");
    }

    @Test
    void containersWithoutDockerFailsWithTheReason() {
        assertThatThrownBy(() -> Placement.decide("postgres", ServiceMode.CONTAINERS, NO_DOCKER, KEYS, List.of()))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessage("postgres: fearless.services=containers but there is no Docker engine: no socket; start "
                        + "Docker, or set fearless.services=external with fearless.services.postgres.url "
                        + "(env FEARLESS_SERVICES_POSTGRES_URL)");
    }

    @Test
    void containersWithDockerStartsAContainerEvenWhenAnExternalOneIsSet() {
        assertThat(Placement.decide("postgres", ServiceMode.CONTAINERS, DOCKER, KEYS, List.of()).source())
                .isEqualTo(Source.CONTAINER);
    }

    @Test
    void externalUsesTheExternalServiceWithoutAskingDocker() {
        assertThat(Placement.decide("postgres", ServiceMode.EXTERNAL, NOT_ASKED, KEYS, List.of()))
                .isEqualTo(new Placement(Source.EXTERNAL, "fearless.services=external"));
    }

    @Test
    void externalWithoutSettingsFailsNamingThem() {
        assertThatThrownBy(() -> Placement.decide("postgres", ServiceMode.EXTERNAL, NOT_ASKED, KEYS, KEYS))
                .hasMessage("postgres: fearless.services=external but fearless.services.postgres.url "
                        + "(env FEARLESS_SERVICES_POSTGRES_URL) is not set");
    }

    @Test
    void anUnknownModeIsNamedWithTheChoices() {
        Settings settings = new Settings(key -> Optional.ofNullable(Map.of("fearless.services", "docker").get(key)),
                key -> null, name -> null);

        assertThatThrownBy(() -> ServiceMode.from(settings))
                .hasMessage("fearless.services=docker is not one of auto, containers, external");
    }

    @Test
    void namesAGenericServiceAfterItsImage() {
        assertThat(ContainerSpec.nameOf("redis:7-alpine")).isEqualTo("redis");
        assertThat(ContainerSpec.nameOf("docker.io/library/redis:7")).isEqualTo("redis");
        assertThat(ContainerSpec.nameOf("localhost:5000/team/orders")).isEqualTo("orders");
    }
}
