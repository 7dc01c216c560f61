package dev.fearless.samples.library.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue in PostgreSQL (table {@code books}, see {@code db/migration}). */
@Repository
class JdbcBookRepository implements BookRepository {
    private final JdbcClient jdbc;

    JdbcBookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Book> findAll() {
        return jdbc.sql("SELECT isbn, title, author, copies, available FROM books ORDER BY title, isbn")
                .query(JdbcBookRepository::book).list();
    }

    @Override
    public Optional<Book> find(Isbn isbn) {
        return jdbc.sql("SELECT isbn, title, author, copies, available FROM books WHERE isbn = ?")
                .param(isbn.value()).query(JdbcBookRepository::book).optional();
    }

    @Override
    public boolean add(Book book) {
        // ON CONFLICT keeps a duplicate from aborting the surrounding transaction.
        return jdbc.sql("INSERT INTO books (isbn, title, author, copies, available) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (isbn) DO NOTHING")
                .params(book.isbn().value(), book.title(), book.author(), book.copies(), book.available())
                .update() == 1;
    }

    @Override
    public boolean takeCopy(Isbn isbn) {
        // One statement, so two members can never take the last copy together.
        return jdbc.sql("UPDATE books SET available = available - 1 WHERE isbn = ? AND available > 0")
                .param(isbn.value()).update() == 1;
    }

    @Override
    public void returnCopy(Isbn isbn) {
        jdbc.sql("UPDATE books SET available = available + 1 WHERE isbn = ? AND available < copies")
                .param(isbn.value()).update();
    }

    private static Book book(ResultSet row, int rowNumber) throws SQLException {
        return new Book(new Isbn(row.getString("isbn")), row.getString("title"), row.getString("author"),
                row.getInt("copies"), row.getInt("available"));
    }
}
