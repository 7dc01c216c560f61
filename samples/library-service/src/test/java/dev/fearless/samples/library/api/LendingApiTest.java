package dev.fearless.samples.library.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.fearless.api.ModuleTest;
import dev.fearless.services.FearlessServices;
import dev.fearless.services.PostgresService;

/** Borrowing and returning over HTTP, with the loans kept in a real PostgreSQL. */
@LibraryModuleTest
class LendingApiTest extends LibraryApi {

    @RegisterExtension
    static final PostgresService db = FearlessServices.postgres().database("library");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useDatabase(registry, db);
    }

    private void addBook(String isbn, int copies) {
        api.given().body(Map.of("isbn", isbn, "title", "Title " + isbn, "author", "An Author", "copies", copies))
                .post("/api/books").then().statusCode(201);
    }

    private int borrow(String isbn, String member) {
        return api.given().body(Map.of("isbn", isbn, "member", member))
                .post("/api/loans")
                .then().statusCode(201).extract().path("id");
    }

    @ModuleTest
    void lendsACopyForThreeWeeksAndTakesItBack() {
        addBook("9781492056348", 2);

        int loan = api.given().body(Map.of("isbn", "9781492056348", "member", "Ada"))
                .post("/api/loans")
                .then().statusCode(201)
                .body("borrowedOn", equalTo("2026-02-20"))
                .body("dueOn", equalTo("2026-03-13"))
                .body("returnedOn", nullValue())
                .extract().path("id");
        api.given().get("/api/books/9781492056348").then().body("available", equalTo(1));

        api.given().post("/api/loans/" + loan + "/return")
                .then().statusCode(200)
                .body("loan.returnedOn", notNullValue())
                .body("fineCents", equalTo(0));
        api.given().get("/api/books/9781492056348").then().body("available", equalTo(2));
    }

    @ModuleTest
    void refusesTheLastCopyTwice() {
        addBook("9781617297571", 1);
        borrow("9781617297571", "Ada");

        api.given().body(Map.of("isbn", "9781617297571", "member", "Grace"))
                .post("/api/loans")
                .then().statusCode(409).body("detail", equalTo("no copy of 9781617297571 is on the shelf"));
    }

    @ModuleTest
    void refusesAFourthBookToOneMember() {
        addBook("9781098100964", 5);
        for (int i = 0; i < 3; i++) {
            borrow("9781098100964", "Linus");
        }

        api.given().body(Map.of("isbn", "9781098100964", "member", "Linus"))
                .post("/api/loans")
                .then().statusCode(409).body("detail", equalTo("Linus already has 3 books; return one to borrow another"));
        api.given().get("/api/books/9781098100964").then().body("available", equalTo(2));
    }

    @ModuleTest
    void takesABookBackOnlyOnce() {
        addBook("9781633437166", 1);
        int loan = borrow("9781633437166", "Barbara");
        api.given().post("/api/loans/" + loan + "/return").then().statusCode(200);

        api.given().post("/api/loans/" + loan + "/return")
                .then().statusCode(409).body("detail", equalTo("loan " + loan + " was already returned"));
    }

    @ModuleTest
    void listsAMembersLoansNewestFirst() {
        addBook("9781801079365", 3);
        int first = borrow("9781801079365", "Margaret");
        int second = borrow("9781801079365", "Margaret");

        api.given().queryParam("member", "Margaret").get("/api/loans")
                .then().statusCode(200).body("id", contains(second, first));
        api.given().get("/api/loans/" + first).then().statusCode(200).body("member", equalTo("Margaret"));
    }

    @ModuleTest
    void answersAnUnknownLoanWithNotFound() {
        api.given().post("/api/loans/999999/return").then().statusCode(404).body("detail", equalTo("no loan number 999999"));
    }
}
