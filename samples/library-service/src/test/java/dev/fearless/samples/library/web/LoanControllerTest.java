package dev.fearless.samples.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import dev.fearless.api.UnitTest;
import dev.fearless.samples.library.catalog.Book;
import dev.fearless.samples.library.catalog.InMemoryBookRepository;
import dev.fearless.samples.library.catalog.Isbn;
import dev.fearless.samples.library.loans.InMemoryLoanRepository;
import dev.fearless.samples.library.loans.Lending;
import dev.fearless.samples.library.loans.LoanPolicy;
import dev.fearless.samples.library.web.LoanController.LoanView;
import dev.fearless.samples.library.web.LoanController.NewLoan;
import dev.fearless.samples.library.web.LoanController.ReturnView;

class LoanControllerTest {
    private final LoanController controller;

    LoanControllerTest() {
        InMemoryBookRepository books = new InMemoryBookRepository();
        books.add(Book.newTitle(new Isbn("9780134685991"), "Effective Java", "Joshua Bloch", 2));
        Clock clock = Clock.fixed(Instant.parse("2026-02-20T10:00:00Z"), ZoneOffset.UTC);
        controller = new LoanController(new Lending(books, new InMemoryLoanRepository(), new LoanPolicy(), clock));
    }

    @UnitTest
    void lendsABookAndSaysWhereTheLoanIs() {
        ResponseEntity<LoanView> created = controller.borrow(new NewLoan("9780134685991", "Ada"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/loans/1");
        assertThat(created.getBody()).isEqualTo(new LoanView(1, "9780134685991", "Ada", LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 3, 13), null));
    }

    @UnitTest
    void showsALoanAndAMembersLoans() {
        controller.borrow(new NewLoan("9780134685991", "Ada"));

        assertThat(controller.one(1).member()).isEqualTo("Ada");
        assertThat(controller.ofMember("Ada")).extracting(LoanView::id).containsExactly(1L);
    }

    @UnitTest
    void takesABookBack() {
        controller.borrow(new NewLoan("9780134685991", "Ada"));

        ReturnView back = controller.giveBack(1);

        assertThat(back.loan().returnedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(back.fineCents()).isZero();
    }
}
