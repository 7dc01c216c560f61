package dev.fearless.samples.library.deployed;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.fearless.api.SmokeTest;
import dev.fearless.http.Api;
import dev.fearless.samples.library.catalog.Isbn;

/**
 * After a deploy: the main flows work on the deployed service. They add their own book (a fresh ISBN each run), so
 * they do not depend on, or disturb, what the environment already holds.
 */
class LendingSmokeTest {

    @SmokeTest
    void theCatalogueIsServed(Api api) {
        api.given().get("/api/books").then().statusCode(200).body("size()", greaterThanOrEqualTo(1));
    }

    @SmokeTest
    void aMemberBorrowsABookAndBringsItBack(Api api) {
        String isbn = freshIsbn();
        api.given().body(Map.of("isbn", isbn, "title", "Smoke test " + isbn, "author", "Fearless", "copies", 1))
                .post("/api/books").then().statusCode(201);

        // A member of its own: a run stopped between borrowing and returning must not use up a shared member's loans.
        int loan = api.given().body(Map.of("isbn", isbn, "member", "smoke-test " + isbn))
                .post("/api/loans").then().statusCode(201).extract().path("id");
        api.given().get("/api/books/" + isbn).then().statusCode(200).body("available", equalTo(0));

        api.given().post("/api/loans/" + loan + "/return").then().statusCode(200).body("fineCents", equalTo(0));
        api.given().get("/api/books/" + isbn).then().statusCode(200).body("available", equalTo(1));
    }

    @SmokeTest
    void theLibraryPageIsServed(Api api) {
        api.given().accept("text/html").get("/").then().statusCode(200).body(containsString("<title>Library</title>"));
    }

    static String freshIsbn() {
        long digits = ThreadLocalRandom.current().nextLong(1_000_000_000L);
        return Isbn.withCheckDigit("979" + String.format("%09d", digits)).value();
    }
}
