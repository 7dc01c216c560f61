package dev.fearless.samples.library.api;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.fearless.http.Api;
import dev.fearless.services.PostgresService;
import dev.fearless.target.TargetEnvironment;

/**
 * What every module test of the API shares: the service on its random port as an {@link Api}. The database is not
 * here but in each class (a {@code PostgresService} and a {@code @DynamicPropertySource} calling
 * {@link #useDatabase}), so each class gets a schema of its own.
 */
abstract class LibraryApi {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void target() {
        api = Api.of(TargetEnvironment.builder(URI.create("http://127.0.0.1:" + port)).build());
    }

    /** Points the service's data source at {@code db}, read when the context starts (after the database has). */
    static void useDatabase(DynamicPropertyRegistry registry, PostgresService db) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }
}
