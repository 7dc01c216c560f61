package dev.fearless.samples.library.loans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import dev.fearless.api.UnitTest;
import dev.fearless.samples.library.catalog.Book;
import dev.fearless.samples.library.problems.ConflictException;
import dev.fearless.samples.library.catalog.InMemoryBookRepository;
import dev.fearless.samples.library.catalog.Isbn;
import dev.fearless.samples.library.problems.NotFoundException;

class LendingTest {
    private static final Isbn JAVA = new Isbn("9780134685991");
    private static final Isbn DDD = new Isbn("9780321125217");
    private static final Instant FEB_20 = Instant.parse("2026-02-20T10:00:00Z");

    private final InMemoryBookRepository books = new InMemoryBookRepository();
    private final InMemoryLoanRepository loans = new InMemoryLoanRepository();
    private Clock clock = Clock.fixed(FEB_20, ZoneOffset.UTC);

    LendingTest() {
        books.add(Book.newTitle(JAVA, "Effective Java", "Joshua Bloch", 3));
        books.add(Book.newTitle(DDD, "Domain-Driven Design", "Eric Evans", 1));
    }

    private Lending lending() {
        return new Lending(books, loans, new LoanPolicy(), clock);
    }

    @UnitTest
    void lendsACopyForThreeWeeks() {
        Loan loan = lending().borrow(JAVA, " Ada ");

        assertThat(loan.member()).isEqualTo("Ada");
        assertThat(loan.borrowedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(loan.dueOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(loan.isReturned()).isFalse();
        assertThat(books.find(JAVA)).map(Book::available).contains(2);
    }

    @UnitTest
    void refusesTheLastCopyTwice() {
        lending().borrow(DDD, "Ada");

        assertThatThrownBy(() -> lending().borrow(DDD, "Grace"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("no copy of 9780321125217 is on the shelf");
    }

    @UnitTest
    void refusesABookTheLibraryDoesNotHave() {
        assertThatThrownBy(() -> lending().borrow(new Isbn("9780137081073"), "Ada"))
                .isInstanceOf(NotFoundException.class);
    }

    @UnitTest
    void refusesAFourthBookToOneMember() {
        for (int i = 0; i < 3; i++) {
            lending().borrow(JAVA, "Ada");
        }
        books.add(Book.newTitle(new Isbn("9780137081073"), "The Clean Coder", "Robert C. Martin", 1));

        assertThatThrownBy(() -> lending().borrow(new Isbn("9780137081073"), "Ada"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has 3 books");
    }

    @UnitTest
    void takesABookBackOnTimeWithoutAFine() {
        Loan loan = lending().borrow(DDD, "Ada");

        Lending.Return back = lending().giveBack(loan.id());

        assertThat(back.fineCents()).isZero();
        assertThat(back.loan().returnedOn()).contains(LocalDate.of(2026, 2, 20));
        assertThat(books.find(DDD)).map(Book::available).contains(1);
    }

    @UnitTest
    void finesALateReturn() {
        Loan loan = lending().borrow(DDD, "Ada");
        clock = Clock.fixed(FEB_20.plus(25, ChronoUnit.DAYS), ZoneOffset.UTC);

        assertThat(lending().giveBack(loan.id()).fineCents()).isEqualTo(4 * 25);
    }

    @UnitTest
    void takesABookBackOnlyOnce() {
        Loan loan = lending().borrow(DDD, "Ada");
        lending().giveBack(loan.id());

        assertThatThrownBy(() -> lending().giveBack(loan.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("loan " + loan.id() + " was already returned");
        assertThat(books.find(DDD)).map(Book::available).contains(1);
    }

    @UnitTest
    void saysWhichLoanItDoesNotKnow() {
        assertThatThrownBy(() -> lending().giveBack(42)).isInstanceOf(NotFoundException.class)
                .hasMessage("no loan number 42");
    }

    @UnitTest
    void listsAMembersLoansNewestFirst() {
        Loan first = lending().borrow(JAVA, "Ada");
        Loan second = lending().borrow(DDD, "Ada");
        lending().borrow(JAVA, "Grace");

        assertThat(lending().loansOf("Ada")).extracting(Loan::id).containsExactly(second.id(), first.id());
    }
}
