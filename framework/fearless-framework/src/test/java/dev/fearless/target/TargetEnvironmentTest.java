package dev.fearless.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void systemPropertiesWinOverEnvironmentWhichWinsOverTheFile() throws IOException {
        yaml("""
                target:
                  baseUrl: https://from-file.example.com
                  expectedVersion: 1.10
                  http: { connectTimeout: 7s, readTimeout: 70s }
                """);
        Properties properties = properties("fearless.baseUrl", "https://from-property.example.com");
        Map<String, String> environment = Map.of(
                "FEARLESS_BASE_URL", "https://from-env.example.com",
                "FEARLESS_HTTP_READ_TIMEOUT", "45s");

        TargetEnvironment target = TargetEnvironment.resolve(properties, environment, dir);

        assertThat(target.baseUrl()).isEqualTo(URI.create("https://from-property.example.com"));
        assertThat(target.readTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(target.connectTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(target.expectedVersion()).contains("1.10");
    }

    @Test
    void underAGateRecordsTheTargetItResolvedForTheVerdictWithItsCredentialsMasked() throws IOException {
        Path reports = dir.resolve("report");
        Properties properties = properties("fearless.baseUrl", "https://ci:hunter22@staging.example.com");
        properties.setProperty("fearless.reportDir", reports.toString());
        properties.setProperty("fearless.step", "smoke");

        TargetEnvironment.resolve(properties, Map.of("FEARLESS_BASE_URL", "https://other.example.com"), dir);

        assertThat(java.nio.file.Files.readAllLines(reports.resolve("smoke/target.txt")))
                .containsExactly("https://****@staging.example.com", "system property fearless.baseUrl");
    }

    @Test
    void outsideAGateRecordsNothing() {
        Properties properties = properties("fearless.baseUrl", "https://staging.example.com");
        properties.setProperty("fearless.reportDir", dir.resolve("report").toString());

        TargetEnvironment.resolve(properties, Map.of(), dir);

        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void environmentWinsOverTheFile() throws IOException {
        yaml("target: { baseUrl: https://from-file.example.com }");

        TargetEnvironment target =
                TargetEnvironment.resolve(new Properties(), Map.of("FEARLESS_BASE_URL", "https://from-env.example.com"), dir);

        assertThat(target.baseUrl()).isEqualTo(URI.create("https://from-env.example.com"));
    }

    @Test
    void theFileIsReadWhenNothingElseIsSetAndItsOtherKeysAreLeftAlone() throws IOException {
        yaml("""
                gates:
                  predeploy: { steps: [ { name: unit, minTests: 1 } ] }
                target:
                  baseUrl: https://staging.example.com
                  username: ci
                  password: from-file-password
                  services:
                    orders: { url: "https://orders.example.com" }
                    order_history: { url: "https://history.example.com", token: history-token }
                reports: { whatever: [1, 2] }
                """);

        TargetEnvironment target = TargetEnvironment.resolve(new Properties(), Map.of(), dir);

        assertThat(target.baseUrl()).isEqualTo(URI.create("https://staging.example.com"));
        assertThat(target.credentials()).isEqualTo(Credentials.basic("ci", "from-file-password"));
        assertThat(target.service("orders").url()).isEqualTo(URI.create("https://orders.example.com"));
        assertThat(target.service("orders").credentials()).isEqualTo(target.credentials());
        assertThat(target.service("ORDER-HISTORY").credentials()).isEqualTo(Credentials.bearer("history-token"));
        assertThat(target.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(target.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(target.expectedVersion()).isEmpty();
    }

    @Test
    void servicesComeFromEverySourceSettingBySetting() throws IOException {
        yaml("""
                target:
                  baseUrl: https://staging.example.com
                  services:
                    orders: { url: https://orders-from-file.example.com, token: file-token }
                    billing: { url: https://billing-from-file.example.com }
                """);
        Properties properties = properties("fearless.service.orders.url", "https://orders-from-property.example.com");
        Map<String, String> environment = Map.of(
                "FEARLESS_SERVICE_ORDERS_URL", "https://orders-from-env.example.com",
                "FEARLESS_SERVICE_ORDERS_TOKEN", "env-orders-token",
                "FEARLESS_SERVICE_STOCK_URL", "https://stock.example.com",
                "FEARLESS_TOKEN", "env-token");

        TargetEnvironment target = TargetEnvironment.resolve(properties, environment, dir);

        assertThat(target.services()).containsOnlyKeys("billing", "orders", "stock");
        assertThat(target.service("orders").url()).isEqualTo(URI.create("https://orders-from-property.example.com"));
        assertThat(target.service("orders").credentials()).isEqualTo(Credentials.bearer("env-orders-token"));
        assertThat(target.service("billing").credentials()).isEqualTo(Credentials.bearer("env-token"));
        assertThat(target.service("stock").url()).isEqualTo(URI.create("https://stock.example.com"));
    }

    @Test
    void aTokenFromAStrongerSourceWinsOverAUserNameAndPasswordAndTheOtherWayRound() throws IOException {
        yaml("target: { baseUrl: https://staging.example.com, username: ci, password: file-password }");

        TargetEnvironment tokenFromEnvironment =
                TargetEnvironment.resolve(new Properties(), Map.of("FEARLESS_TOKEN", "env-token"), dir);
        TargetEnvironment basicFromProperties = TargetEnvironment.resolve(
                properties("fearless.username", "admin", "fearless.password", "property-password"),
                Map.of("FEARLESS_TOKEN", "env-token"), dir);

        assertThat(tokenFromEnvironment.credentials()).isEqualTo(Credentials.bearer("env-token"));
        assertThat(basicFromProperties.credentials()).isEqualTo(Credentials.basic("admin", "property-password"));
    }

    @Test
    void aPasswordFromTheEnvironmentCompletesAUserNameFromTheFile() throws IOException {
        yaml("target: { baseUrl: https://staging.example.com, username: ci }");

        TargetEnvironment target =
                TargetEnvironment.resolve(new Properties(), Map.of("FEARLESS_PASSWORD", "env-password"), dir);

        assertThat(target.credentials()).isEqualTo(Credentials.basic("ci", "env-password"));
    }

    @Test
    void aMissingTargetSaysWhatToSet() {
        assertThatThrownBy(() -> TargetEnvironment.resolve(new Properties(), Map.of(), dir))
                .isInstanceOf(TargetConfigurationException.class)
                .hasMessage("No target environment: set the system property fearless.baseUrl (or FEARLESS_BASE_URL, "
                        + "or target.baseUrl in fearless.yml)");
    }

    @Test
    void aServiceWithoutAUrlSaysWhatToSet() {
        assertThatThrownBy(() -> TargetEnvironment.resolve(
                properties("fearless.baseUrl", "https://staging.example.com", "fearless.service.orders.token", "t0ken"),
                Map.of(), dir))
                .hasMessage("Service 'orders' has no URL: set the system property fearless.service.orders.url "
                        + "(or FEARLESS_SERVICE_ORDERS_URL, or target.services.orders.url in fearless.yml)");
    }

    @Test
    void anUnknownServiceSaysWhatToSetAndWhichServicesThereAre() {
        TargetEnvironment target = TargetEnvironment.resolve(
                properties("fearless.baseUrl", "https://staging.example.com",
                        "fearless.service.orders.url", "https://orders.example.com"), Map.of(), dir);

        assertThatThrownBy(() -> target.service("billing"))
                .isInstanceOf(TargetConfigurationException.class)
                .hasMessage("No service 'billing' in the target environment: set the system property "
                        + "fearless.service.billing.url (or FEARLESS_SERVICE_BILLING_URL, or target.services.billing.url "
                        + "in fearless.yml); services set: orders");
    }

    @Test
    void aUserNameWithoutPasswordSaysWhereTheUserNameCameFromAndWhatToSet() {
        assertThatThrownBy(() -> TargetEnvironment.resolve(new Properties(),
                Map.of("FEARLESS_BASE_URL", "https://staging.example.com", "FEARLESS_USERNAME", "ci"), dir))
                .hasMessage("a user name is set (environment variable FEARLESS_USERNAME) but no password: set the "
                        + "system property fearless.password (or FEARLESS_PASSWORD, or target.password in fearless.yml)");
    }

    @Test
    void aBadUrlNamesWhereItWasSetWithoutShowingItsPassword() {
        assertThatThrownBy(() -> TargetEnvironment.resolve(
                properties("fearless.baseUrl", "ftp://ci:hunter2-password@files.example.com"), Map.of(), dir))
                .hasMessage("system property fearless.baseUrl is 'ftp://****@files.example.com': expected an absolute "
                        + "http or https URL like https://staging.example.com");
    }

    @Test
    void aBadDurationNamesTheFileAndLine() throws IOException {
        yaml("""
                target:
                  baseUrl: https://staging.example.com
                  http:
                    readTimeout: 30
                """);

        assertThatThrownBy(() -> TargetEnvironment.resolve(new Properties(), Map.of(), dir))
                .hasMessage("target.http.readTimeout in fearless.yml (line 4) is '30': expected a positive duration "
                        + "like 30s, 500ms or PT30S");
    }

    @Test
    void anUnknownKeyUnderTargetNamesTheLineAndTheKnownKeys() throws IOException {
        yaml("""
                target:
                  baseURL: https://staging.example.com
                """);

        assertThatThrownBy(() -> TargetEnvironment.resolve(new Properties(), Map.of(), dir))
                .hasMessage("fearless.yml line 2: unknown key target.baseURL (known keys: baseUrl, username, password, "
                        + "token, expectedVersion, http, services)");
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        yaml("""
                target:
                  baseUrl: [https://staging.example.com
                """);

        assertThatThrownBy(() -> TargetEnvironment.resolve(new Properties(), Map.of(), dir))
                .isInstanceOf(TargetConfigurationException.class)
                .hasMessageStartingWith("fearless.yml line ");
    }

    @Test
    void theFileTheGateWasGivenWinsOverFearlessYmlInTheWorkingDirectory() throws IOException {
        yaml("target: { baseUrl: https://old-environment.example.com }");
        Files.createDirectories(dir.resolve("ci"));
        Files.writeString(dir.resolve("ci/gates.yml"), "target: { baseUrl: https://staging.example.com }");

        TargetEnvironment fromProperty =
                TargetEnvironment.resolve(properties("fearless.configFile", "ci/gates.yml"), Map.of(), dir);
        TargetEnvironment fromEnvironment = TargetEnvironment.resolve(new Properties(),
                Map.of("FEARLESS_CONFIG_FILE", dir.resolve("ci/gates.yml").toString()), dir);

        assertThat(fromProperty.baseUrl()).isEqualTo(URI.create("https://staging.example.com"));
        assertThat(fromEnvironment.baseUrl()).isEqualTo(URI.create("https://staging.example.com"));
    }

    @Test
    void aNamedFileWithoutTargetDoesNotFallBackToFearlessYml() throws IOException {
        yaml("target: { baseUrl: https://old-environment.example.com }");
        Files.writeString(dir.resolve("gates.yml"), "gates: { smoke: [ { step: smoke } ] }");

        assertThatThrownBy(() -> TargetEnvironment.resolve(properties("fearless.configFile", "gates.yml"), Map.of(),
                dir)).isInstanceOf(TargetConfigurationException.class).hasMessageContaining("fearless.baseUrl");
    }

    @Test
    void aNamedFileThatIsMissingIsAnErrorAndMessagesNameTheFile() throws IOException {
        Files.writeString(dir.resolve("gates.yml"), "target:\n  baseURL: https://staging.example.com\n");

        assertThatThrownBy(() -> TargetEnvironment.resolve(properties("fearless.configFile", "nosuch.yml"), Map.of(),
                dir)).isInstanceOf(TargetConfigurationException.class)
                .hasMessage("The system property fearless.configFile names " + dir.resolve("nosuch.yml").toAbsolutePath()
                        + ", which is not a file: point it at the fearless.yml to read the target from, or unset it");
        assertThatThrownBy(() -> TargetEnvironment.resolve(properties("fearless.configFile", "gates.yml"), Map.of(),
                dir)).hasMessageStartingWith("gates.yml line 2: unknown key target.baseURL");
    }

    @Test
    void aServiceNameWithADotIsOverriddenByItsPropertyAsByItsYaml() throws IOException {
        yaml("""
                target:
                  baseUrl: https://staging.example.com
                  services:
                    order.history: { url: https://history.example.com }
                """);

        TargetEnvironment target = TargetEnvironment.resolve(
                properties("fearless.service.order.history.url", "https://override.example.com"), Map.of(), dir);

        assertThat(target.service("order.history").url()).isEqualTo(URI.create("https://override.example.com"));
    }

    @Test
    void aMistypedSettingInTheTargetsNamespacesIsAnErrorNotIgnored() {
        Properties base = properties("fearless.baseUrl", "https://staging.example.com");

        for (String typo : List.of("fearless.http.readtimeout", "fearless.service.orders.uri")) {
            Properties properties = properties("fearless.baseUrl", "https://staging.example.com", typo, "x");
            assertThatThrownBy(() -> TargetEnvironment.resolve(properties, Map.of(), dir))
                    .isInstanceOf(TargetConfigurationException.class)
                    .hasMessageStartingWith("The system property " + typo + " is not a setting of the target");
        }
        // The environment is not only the user's: Kubernetes names variables after a Service called fearless.
        assertThat(TargetEnvironment.resolve(base, Map.of("FEARLESS_SERVICE_HOST", "10.0.0.7"), dir).services())
                .isEmpty();
        assertThat(TargetEnvironment.resolve(properties("fearless.baseUrl", "https://staging.example.com",
                "fearless.services.postgres.url", "jdbc:postgresql://db/test"), Map.of(), dir).baseUrl())
                .as("fearless.services.* belongs to FearlessServices").hasHost("staging.example.com");
    }

    @Test
    void anHttpTimeoutOverAnHourIsAnErrorNamingTheSetting() {
        for (String tooLong : List.of("600h", "99999999999999999h")) {
            assertThatThrownBy(() -> TargetEnvironment.resolve(properties("fearless.baseUrl",
                    "https://staging.example.com", "fearless.http.readTimeout", tooLong), Map.of(), dir))
                    .isInstanceOf(TargetConfigurationException.class)
                    .hasMessage("system property fearless.http.readTimeout is '" + tooLong + "': an HTTP timeout must"
                            + " be at most 1h; a request still waiting after that is hung");
        }
    }

    @Test
    void durationsAcceptUnitsAndIsoForm() {
        TargetEnvironment target = TargetEnvironment.resolve(properties(
                "fearless.baseUrl", "http://127.0.0.1:8080",
                "fearless.http.connectTimeout", "500ms",
                "fearless.http.readTimeout", "PT2M"), Map.of(), dir);

        assertThat(target.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(target.readTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void toStringNeverShowsACredential() {
        TargetEnvironment target = TargetEnvironment.resolve(properties(
                "fearless.baseUrl", "https://ci:url-password-1@staging.example.com",
                "fearless.token", "to-string-token-1",
                "fearless.service.billing.url", "https://billing.example.com",
                "fearless.service.billing.username", "biller",
                "fearless.service.billing.password", "billing-password-1"), Map.of(), dir);

        assertThat(target.toString())
                .contains("****", "biller", "https://****@staging.example.com")
                .doesNotContain("to-string-token-1", "billing-password-1", "url-password-1");
    }

    private void yaml(String content) throws IOException {
        Files.writeString(dir.resolve("fearless.yml"), content);
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
