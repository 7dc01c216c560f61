package dev.fearless.samples.library.loans;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.fearless.samples.library.catalog.Isbn;

/** Loans in a map, for unit tests; behaves as {@link JdbcLoanRepository} does (its module tests prove that). */
public class InMemoryLoanRepository implements LoanRepository {
    private final Map<Long, Loan> loans = new TreeMap<>();
    private long lastId;

    @Override
    public Loan create(Isbn isbn, String member, LocalDate borrowedOn, LocalDate dueOn) {
        Loan loan = new Loan(++lastId, isbn, member, borrowedOn, dueOn, Optional.empty());
        loans.put(loan.id(), loan);
        return loan;
    }

    @Override
    public Optional<Loan> find(long id) {
        return Optional.ofNullable(loans.get(id));
    }

    @Override
    public List<Loan> findByMember(String member) {
        return loans.values().stream().filter(loan -> loan.member().equals(member))
                .sorted(Comparator.comparingLong(Loan::id).reversed()).toList();
    }

    @Override
    public int countActive(String member) {
        return (int) loans.values().stream().filter(loan -> loan.member().equals(member) && !loan.isReturned()).count();
    }

    @Override
    public boolean markReturned(long id, LocalDate returnedOn) {
        Loan loan = loans.get(id);
        if (loan == null || loan.isReturned()) {
            return false;
        }
        loans.put(id, new Loan(id, loan.isbn(), loan.member(), loan.borrowedOn(), loan.dueOn(), Optional.of(returnedOn)));
        return true;
    }
}
