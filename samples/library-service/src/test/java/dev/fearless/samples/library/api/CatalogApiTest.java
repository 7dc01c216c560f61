package dev.fearless.samples.library.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.fearless.api.ModuleTest;
import dev.fearless.services.FearlessServices;
import dev.fearless.services.PostgresService;

/** The catalogue API and the health endpoint, over HTTP, with the schema Flyway migrates into a real PostgreSQL. */
@LibraryModuleTest
class CatalogApiTest extends LibraryApi {

    @RegisterExtension
    static final PostgresService db = FearlessServices.postgres().database("library");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useDatabase(registry, db);
    }

    @ModuleTest
    void listsTheBooksANewEnvironmentStartsWith() {
        api.given().get("/api/books")
                .then().statusCode(200)
                .body("isbn", hasItems("9780134685991", "9780321125217", "9780137081073", "9781617294945"))
                .body("find { it.isbn == '9780134685991' }.title", equalTo("Effective Java"));
    }

    @ModuleTest
    void addsABookThatCanThenBeFetched() {
        api.given().body(Map.of("isbn", "978-1-4919-5035-7", "title", "Building Microservices",
                        "author", "Sam Newman", "copies", 2))
                .post("/api/books")
                .then().statusCode(201)
                .header("Location", "/api/books/9781491950357")
                .body("available", equalTo(2));

        api.given().get("/api/books/9781491950357")
                .then().statusCode(200).body("author", equalTo("Sam Newman"));
    }

    @ModuleTest
    void refusesADuplicateIsbnWithAConflict() {
        api.given().body(Map.of("isbn", "9780134685991", "title", "Effective Java", "author", "Joshua Bloch",
                        "copies", 1))
                .post("/api/books")
                .then().statusCode(409)
                .body("detail", equalTo("a book with ISBN 9780134685991 is already in the catalogue"));
    }

    @ModuleTest
    void explainsABadIsbn() {
        api.given().body(Map.of("isbn", "9780134685992", "title", "Effective Java", "author", "Joshua Bloch",
                        "copies", 1))
                .post("/api/books")
                .then().statusCode(400)
                .body("detail", equalTo("ISBN 9780134685992 has a wrong check digit"));
    }

    @ModuleTest
    void answersAnUnknownIsbnWithNotFound() {
        api.given().get("/api/books/9780262033848")
                .then().statusCode(404).body("detail", equalTo("no book with ISBN 9780262033848"));
    }

    @ModuleTest
    void refusesARequestThatIsNotJson() {
        api.given().body("{not json").post("/api/books").then().statusCode(400);
    }

    @ModuleTest
    void reportsItsDatabaseAndVersionAsHealthy() {
        api.given().get("/actuator/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("components.db.status", equalTo("UP"))
                .body("components.db.details.database", equalTo("PostgreSQL"))
                .body("components.schema.details.version", equalTo("2"))
                .body("components.version.details.version", matchesPattern("\\d+\\.\\d+\\.\\d+.*"));
    }

    @ModuleTest
    void servesTheLibraryPage() {
        api.given().accept("text/html").get("/")
                .then().statusCode(200).body(containsString("<title>Library</title>"));
    }
}
