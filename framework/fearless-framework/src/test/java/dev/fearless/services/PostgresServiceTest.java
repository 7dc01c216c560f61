package dev.fearless.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fearless.api.ModuleTest;
import dev.fearless.internal.services.DockerStatus;
import dev.fearless.testsupport.AllureResults;
import dev.fearless.testsupport.ForkedRun;
import dev.fearless.testsupport.SilentServer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The external path against the real local PostgreSQL (127.0.0.1:5432, trust), and the decisions as they come out on
 * a machine without a Docker engine. Fixtures run through EngineTestKit with their settings as configuration
 * parameters, so no system property changes.
 */
class PostgresServiceTest {
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final Map<String, String> EXTERNAL = Map.of(
            "fearless.services.postgres.url", URL,
            "fearless.services.postgres.username", "postgres");

    @BeforeAll
    static void thisMachineHasNoDockerEngine() {
        assumeFalse(DockerStatus.probe().available(), "these decisions are the ones made without a Docker engine");
    }

    @Test
    void withoutDockerUsesTheExternalDatabaseWithASchemaPerClassDroppedAfterwards() throws SQLException {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(OrdersTable.class), selectClass(SameTableElsewhere.class))
                .configurationParameters(EXTERNAL)
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> schemas = entries(results, "schema");
        assertThat(schemas).hasSize(2).doesNotHaveDuplicates().allMatch(s -> s.matches("fearless_[0-9a-f]{12}"));
        assertThat(entries(results, "fearless.services.postgres")).containsOnly(
                "postgres from external " + URL + " (no Docker engine: " + DockerStatus.probe().reason() + ")");
        assertThat(existingSchemas(schemas)).isEmpty();
    }

    @Test
    void externalForcedUsesTheExternalDatabase() {
        EngineExecutionResults results = run(OrdersTable.class, Map.of("fearless.services", "external"));

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(entries(results, "fearless.services.postgres"))
                .containsExactly("postgres from external " + URL + " (fearless.services=external)");
    }

    @Test
    void containersForcedWithoutDockerFailsTheTestWithTheReason() {
        EngineExecutionResults results = run(OrdersTable.class, Map.of("fearless.services", "containers"));

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(
                instanceOf(ServiceUnavailableException.class),
                message("postgres: fearless.services=containers but there is no Docker engine: "
                        + DockerStatus.probe().reason() + "; start Docker, or set fearless.services=external with "
                        + "fearless.services.postgres.url (env FEARLESS_SERVICES_POSTGRES_URL) and "
                        + "fearless.services.postgres.username (env FEARLESS_SERVICES_POSTGRES_USERNAME) and "
                        + "fearless.services.postgres.password (env FEARLESS_SERVICES_POSTGRES_PASSWORD)"))));
    }

    @Test
    void withoutDockerOrExternalSettingsEveryTestFailsNamingWhatToSet() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(TwoTests.class))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
        results.testEvents().assertThatEvents().haveExactly(2, event(test(), finishedWithFailure(
                instanceOf(ServiceUnavailableException.class),
                message(m -> m.contains("set fearless.services.postgres.url (env FEARLESS_SERVICES_POSTGRES_URL)")))));
    }

    @Test
    void anExternalDatabaseThatDoesNotAnswerFailsTheTestWithTheReason() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(OrdersTable.class))
                .configurationParameter("fearless.services.postgres.url", "jdbc:postgresql://127.0.0.1:1/test")
                .execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(
                instanceOf(ServiceUnavailableException.class),
                message(m -> m.startsWith("postgres: external PostgreSQL jdbc:postgresql://127.0.0.1:1/test as ")
                        && m.contains("(check fearless.services.postgres.url")))));
    }

    @Test
    void anInstanceFieldGivesEachTestItsOwnSchema() throws SQLException {
        EngineExecutionResults results = run(PerTest.class, Map.of());

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> schemas = entries(results, "schema");
        assertThat(schemas).hasSize(2).doesNotHaveDuplicates();
        assertThat(existingSchemas(schemas)).isEmpty();
    }

    @Test
    void recordsWhereTheDatabaseCameFromInTheAllureResult(@TempDir Path work) throws Exception {
        Path allure = work.resolve("allure-results");
        ForkedRun fork = ForkedRun.run(OrdersTable.class, Map.of(
                "allure.results.directory", allure.toString(),
                "fearless.services.postgres.url", URL,
                "fearless.services.postgres.username", "postgres"), work);

        assertThat(fork.exitCode()).as(fork.output()).isZero();
        JsonNode result = AllureResults.byMethod(AllureResults.read(allure), "storesAndReadsAnOrder");
        assertThat(result.path("parameters")).anySatisfy(parameter -> {
            assertThat(parameter.path("name").asText()).isEqualTo("fearless.services.postgres");
            assertThat(parameter.path("value").asText()).isEqualTo("postgres from external " + URL
                    + " (no Docker engine: " + DockerStatus.probe().reason() + ")");
        });
        assertThat(fork.output()).contains("Fearless services: postgres from external " + URL + " (no Docker engine: ");
    }

    @Test
    void aDockerEndpointThatNeverAnswersFallsBackToTheExternalDatabaseWithinTheLimit(@TempDir Path work)
            throws Exception {
        try (SilentServer docker = SilentServer.start()) {
            // A fork of its own: DOCKER_HOST is read from the environment, and Testcontainers keeps its answer.
            ForkedRun fork = ForkedRun.run(OrdersTable.class, Map.of(
                    "fearless.services.dockerTimeout", "1s",
                    "fearless.services.postgres.url", URL,
                    "fearless.services.postgres.username", "postgres"),
                    Map.of("DOCKER_HOST", docker.dockerHost()), work);

            assertThat(fork.exitCode()).as(fork.output()).isZero();
            assertThat(fork.output()).contains("Fearless services: postgres from external " + URL
                    + " (no Docker engine: the Docker engine at DOCKER_HOST=" + docker.dockerHost()
                    + " did not answer within 1s (limit: fearless.services.dockerTimeout))");
        }
    }

    private static EngineExecutionResults run(Class<?> fixture, Map<String, String> settings) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture))
                .configurationParameters(EXTERNAL).configurationParameters(settings).execute();
    }

    private static List<String> entries(EngineExecutionResults results, String key) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get(key))
                .filter(v -> v != null).toList();
    }

    private static List<String> existingSchemas(List<String> names) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", null);
                PreparedStatement query = connection.prepareStatement(
                        "select schema_name from information_schema.schemata where schema_name = any (?)")) {
            query.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                List<String> found = new java.util.ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found;
            }
        }
    }

    static class OrdersTable {
        @RegisterExtension
        static final PostgresService db = FearlessServices.postgres();

        @ModuleTest
        void storesAndReadsAnOrder(TestReporter reporter) throws SQLException {
            reporter.publishEntry("schema", db.schema());
            try (Connection connection = db.connection(); Statement statement = connection.createStatement()) {
                statement.execute("create table orders (id int primary key, item text not null)");
                statement.execute("insert into orders values (1, 'book')");
                try (ResultSet rows = statement.executeQuery("select item from orders where id = 1")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString("item")).isEqualTo("book");
                }
            }
        }
    }

    static class SameTableElsewhere {
        @RegisterExtension
        static final PostgresService db = FearlessServices.postgres();

        @ModuleTest
        void seesOnlyItsOwnOrdersTable(TestReporter reporter) throws SQLException {
            reporter.publishEntry("schema", db.schema());
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("create table orders (id int primary key)");
                try (ResultSet rows = statement.executeQuery("select count(*) from orders")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isZero();
                }
            }
        }
    }

    static class TwoTests {
        @RegisterExtension
        static final PostgresService db = FearlessServices.postgres();

        @ModuleTest
        void first() {
            assertThat(db.jdbcUrl()).isNotEmpty();
        }

        @ModuleTest
        void second() {
            assertThat(db.jdbcUrl()).isNotEmpty();
        }
    }

    static class PerTest {
        @RegisterExtension
        final PostgresService db = FearlessServices.postgres();

        @ModuleTest
        void first(TestReporter reporter) {
            reporter.publishEntry("schema", db.schema());
        }

        @ModuleTest
        void second(TestReporter reporter) {
            reporter.publishEntry("schema", db.schema());
        }
    }
}
