package dev.fearless.samples.library.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fearless.api.UnitTest;
import dev.fearless.samples.library.problems.InvalidRequestException;

class BookTest {
    private static final Isbn ISBN = new Isbn("9780134685991");

    @UnitTest
    void aNewTitleHasAllItsCopiesOnTheShelf() {
        Book book = Book.newTitle(ISBN, "Effective Java", "Joshua Bloch", 3);
        assertThat(book.available()).isEqualTo(3);
    }

    @UnitTest
    void needsATitleAndAnAuthor() {
        assertThatThrownBy(() -> Book.newTitle(ISBN, " ", "Joshua Bloch", 1)).hasMessage("a book's title must not be blank");
        assertThatThrownBy(() -> Book.newTitle(ISBN, "Effective Java", null, 1)).hasMessage("a book's author must not be blank");
    }

    @UnitTest
    void refusesTitlesLongerThanTheColumn() {
        assertThatThrownBy(() -> Book.newTitle(ISBN, "x".repeat(201), "Joshua Bloch", 1))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("a book's title has at most 200 characters");
    }

    @UnitTest
    void needsACopy() {
        assertThatThrownBy(() -> Book.newTitle(ISBN, "Effective Java", "Joshua Bloch", 0))
                .hasMessage("a book needs at least 1 copy, got 0");
    }

    @UnitTest
    void neverHasMoreCopiesAvailableThanItOwns() {
        assertThatThrownBy(() -> new Book(ISBN, "Effective Java", "Joshua Bloch", 2, 3))
                .hasMessage("available copies must be between 0 and 2, got 3");
        assertThatThrownBy(() -> new Book(ISBN, "Effective Java", "Joshua Bloch", 2, -1))
                .isInstanceOf(InvalidRequestException.class);
    }
}
