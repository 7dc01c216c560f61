package dev.fearless.samples.library.loans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import dev.fearless.samples.library.problems.ConflictException;
import dev.fearless.samples.library.problems.InvalidRequestException;

/** The library's rules: how long a loan lasts, how many books a member may hold, and what lateness costs. */
@Component
public class LoanPolicy {
    static final int LOAN_DAYS = 21;
    static final int MAX_ACTIVE_LOANS = 3;
    static final int FINE_CENTS_PER_DAY = 25;
    static final int MAX_FINE_CENTS = 1000;

    /** The member's name as the library records it, trimmed. */
    public String memberName(String member) {
        String name = member == null ? "" : member.strip();
        if (name.isEmpty()) {
            throw new InvalidRequestException("a loan needs the member's name");
        }
        if (name.length() > 80) {
            throw new InvalidRequestException("a member's name has at most 80 characters");
        }
        return name;
    }

    /** Refuses a loan to a member who already holds the most books allowed. */
    public void checkMayBorrow(String member, int activeLoans) {
        if (activeLoans >= MAX_ACTIVE_LOANS) {
            throw new ConflictException(member + " already has " + activeLoans + " books; return one to borrow another");
        }
    }

    public LocalDate dueDate(LocalDate borrowedOn) {
        return borrowedOn.plusDays(LOAN_DAYS);
    }

    /** The fine for a book brought back on {@code returnedOn}: per day late, capped. */
    public int fineCents(LocalDate dueOn, LocalDate returnedOn) {
        long daysLate = ChronoUnit.DAYS.between(dueOn, returnedOn);
        if (daysLate <= 0) {
            return 0;
        }
        return (int) Math.min(MAX_FINE_CENTS, daysLate * FINE_CENTS_PER_DAY);
    }
}
