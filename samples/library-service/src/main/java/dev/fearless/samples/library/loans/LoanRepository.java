package dev.fearless.samples.library.loans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.fearless.samples.library.catalog.Isbn;

/** Where loans are kept. */
public interface LoanRepository {

    /** Records a new loan and gives it its number. */
    Loan create(Isbn isbn, String member, LocalDate borrowedOn, LocalDate dueOn);

    Optional<Loan> find(long id);

    /** The member's loans, newest first. */
    List<Loan> findByMember(String member);

    /** The member's loans not yet returned; in a transaction, other borrows by the member wait until it ends. */
    int countActive(String member);

    /** Marks the loan returned; false when it already was. */
    boolean markReturned(long id, LocalDate returnedOn);
}
