package dev.fearless.samples.library.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.fearless.samples.library.catalog.Isbn;
import dev.fearless.samples.library.loans.Lending;
import dev.fearless.samples.library.loans.Loan;

/** Lending over HTTP: {@code /api/loans}. */
@RestController
@RequestMapping("/api/loans")
public class LoanController {
    private final Lending lending;

    public LoanController(Lending lending) {
        this.lending = lending;
    }

    @PostMapping
    public ResponseEntity<LoanView> borrow(@RequestBody NewLoan request) {
        Loan loan = lending.borrow(Isbn.parse(request.isbn()), request.member());
        return ResponseEntity.created(URI.create("/api/loans/" + loan.id())).body(LoanView.of(loan));
    }

    @GetMapping("/{id}")
    public LoanView one(@PathVariable long id) {
        return LoanView.of(lending.get(id));
    }

    @GetMapping
    public List<LoanView> ofMember(@RequestParam String member) {
        return lending.loansOf(member).stream().map(LoanView::of).toList();
    }

    @PostMapping("/{id}/return")
    public ReturnView giveBack(@PathVariable long id) {
        Lending.Return back = lending.giveBack(id);
        return new ReturnView(LoanView.of(back.loan()), back.fineCents());
    }

    /** What a client sends to borrow a book. */
    public record NewLoan(String isbn, String member) {
    }

    /** A loan as the API shows it; {@code returnedOn} is null while the book is out. */
    public record LoanView(long id, String isbn, String member, LocalDate borrowedOn, LocalDate dueOn,
            LocalDate returnedOn) {
        static LoanView of(Loan loan) {
            return new LoanView(loan.id(), loan.isbn().value(), loan.member(), loan.borrowedOn(), loan.dueOn(),
                    loan.returnedOn().orElse(null));
        }
    }

    /** A returned loan and the fine for lateness, in cents. */
    public record ReturnView(LoanView loan, int fineCents) {
    }
}
