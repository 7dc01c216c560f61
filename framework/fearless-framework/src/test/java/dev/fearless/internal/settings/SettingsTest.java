package dev.fearless.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void namesTheEnvironmentVariableAfterTheKey() {
        assertThat(Settings.environmentName("fearless.baseUrl")).isEqualTo("FEARLESS_BASE_URL");
        assertThat(Settings.environmentName("fearless.services.postgres.url"))
                .isEqualTo("FEARLESS_SERVICES_POSTGRES_URL");
        assertThat(Settings.environmentName("fearless.browser.wsEndpoint")).isEqualTo("FEARLESS_BROWSER_WS_ENDPOINT");
    }

    @Test
    void readsParameterThenSystemPropertyThenEnvironment() {
        Settings settings = new Settings(
                key -> Optional.ofNullable(Map.of("a", "from parameter").get(key)),
                key -> Map.of("a", "from property", "b", "from property").get(key),
                name -> Map.of("A", "from env", "B", "from env", "C", "from env").get(name));

        assertThat(settings.get("a")).contains("from parameter");
        assertThat(settings.get("b")).contains("from property");
        assertThat(settings.get("c")).contains("from env");
        assertThat(settings.get("d")).isEmpty();
    }

    @Test
    void treatsBlankAsUnset() {
        Settings settings = new Settings(key -> Optional.of(" "), key -> "", name -> "  value ");

        assertThat(settings.get("a")).contains("value");
    }
}
