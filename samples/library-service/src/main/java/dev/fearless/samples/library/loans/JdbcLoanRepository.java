package dev.fearless.samples.library.loans;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.fearless.samples.library.catalog.Isbn;

/** Loans in PostgreSQL (table {@code loans}, see {@code db/migration}). */
@Repository
class JdbcLoanRepository implements LoanRepository {
    private static final String COLUMNS = "id, isbn, member, borrowed_on, due_on, returned_on";

    private final JdbcClient jdbc;

    JdbcLoanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Loan create(Isbn isbn, String member, LocalDate borrowedOn, LocalDate dueOn) {
        return jdbc.sql("INSERT INTO loans (isbn, member, borrowed_on, due_on) VALUES (?, ?, ?, ?) RETURNING " + COLUMNS)
                .params(isbn.value(), member, borrowedOn, dueOn).query(JdbcLoanRepository::loan).single();
    }

    @Override
    public Optional<Loan> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM loans WHERE id = ?").param(id)
                .query(JdbcLoanRepository::loan).optional();
    }

    @Override
    public List<Loan> findByMember(String member) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM loans WHERE member = ? ORDER BY id DESC").param(member)
                .query(JdbcLoanRepository::loan).list();
    }

    @Override
    public int countActive(String member) {
        // The member's lock, held to the end of the transaction, keeps two borrows at once from both seeing 2 loans.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(member).query().singleRow();
        return jdbc.sql("SELECT count(*) FROM loans WHERE member = ? AND returned_on IS NULL").param(member)
                .query(Integer.class).single();
    }

    @Override
    public boolean markReturned(long id, LocalDate returnedOn) {
        return jdbc.sql("UPDATE loans SET returned_on = ? WHERE id = ? AND returned_on IS NULL")
                .params(returnedOn, id).update() == 1;
    }

    private static Loan loan(ResultSet row, int rowNumber) throws SQLException {
        Date returned = row.getDate("returned_on");
        return new Loan(row.getLong("id"), new Isbn(row.getString("isbn")), row.getString("member"),
                row.getDate("borrowed_on").toLocalDate(), row.getDate("due_on").toLocalDate(),
                Optional.ofNullable(returned).map(Date::toLocalDate));
    }
}
