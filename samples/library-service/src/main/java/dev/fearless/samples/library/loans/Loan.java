package dev.fearless.samples.library.loans;

import java.time.LocalDate;
import java.util.Optional;

import dev.fearless.samples.library.catalog.Isbn;

/**
 * A copy of a book lent to a member.
 *
 * @param id         the loan's number
 * @param isbn       the book lent
 * @param member     who borrowed it
 * @param borrowedOn the day it was lent
 * @param dueOn      the last day to bring it back without a fine
 * @param returnedOn the day it came back, empty while it is out
 */
public record Loan(long id, Isbn isbn, String member, LocalDate borrowedOn, LocalDate dueOn,
        Optional<LocalDate> returnedOn) {

    public boolean isReturned() {
        return returnedOn.isPresent();
    }
}
