package dev.fearless.samples.library.loans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.fearless.samples.library.catalog.BookRepository;
import dev.fearless.samples.library.problems.ConflictException;
import dev.fearless.samples.library.catalog.Isbn;
import dev.fearless.samples.library.problems.NotFoundException;

/** Lends books and takes them back, by the library's policy. */
@Service
public class Lending {
    private final BookRepository books;
    private final LoanRepository loans;
    private final LoanPolicy policy;
    private final Clock clock;

    public Lending(BookRepository books, LoanRepository loans, LoanPolicy policy, Clock clock) {
        this.books = books;
        this.loans = loans;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Loan borrow(Isbn isbn, String member) {
        String name = policy.memberName(member);
        if (books.find(isbn).isEmpty()) {
            throw new NotFoundException("no book with ISBN " + isbn);
        }
        policy.checkMayBorrow(name, loans.countActive(name));
        if (!books.takeCopy(isbn)) {
            throw new ConflictException("no copy of " + isbn + " is on the shelf");
        }
        LocalDate today = LocalDate.now(clock);
        return loans.create(isbn, name, today, policy.dueDate(today));
    }

    @Transactional
    public Return giveBack(long loanId) {
        Loan loan = get(loanId);
        LocalDate today = LocalDate.now(clock);
        if (!loans.markReturned(loanId, today)) {
            throw new ConflictException("loan " + loanId + " was already returned");
        }
        books.returnCopy(loan.isbn());
        return new Return(get(loanId), policy.fineCents(loan.dueOn(), today));
    }

    public Loan get(long loanId) {
        return loans.find(loanId).orElseThrow(() -> new NotFoundException("no loan number " + loanId));
    }

    public List<Loan> loansOf(String member) {
        return loans.findByMember(policy.memberName(member));
    }

    /**
     * A book brought back.
     *
     * @param loan      the loan, now returned
     * @param fineCents what the member owes for lateness
     */
    public record Return(Loan loan, int fineCents) {
    }
}
