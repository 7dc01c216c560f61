package dev.fearless.samples.library.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue in a map, for unit tests; behaves as {@link JdbcBookRepository} does (its module tests prove that). */
public class InMemoryBookRepository implements BookRepository {
    private final Map<Isbn, Book> books = new LinkedHashMap<>();

    @Override
    public List<Book> findAll() {
        return books.values().stream().sorted(Comparator.comparing(Book::title)).toList();
    }

    @Override
    public Optional<Book> find(Isbn isbn) {
        return Optional.ofNullable(books.get(isbn));
    }

    @Override
    public boolean add(Book book) {
        return books.putIfAbsent(book.isbn(), book) == null;
    }

    @Override
    public boolean takeCopy(Isbn isbn) {
        Book book = books.get(isbn);
        if (book == null || book.available() == 0) {
            return false;
        }
        books.put(isbn, new Book(isbn, book.title(), book.author(), book.copies(), book.available() - 1));
        return true;
    }

    @Override
    public void returnCopy(Isbn isbn) {
        Book book = books.get(isbn);
        if (book != null && book.available() < book.copies()) {
            books.put(isbn, new Book(isbn, book.title(), book.author(), book.copies(), book.available() + 1));
        }
    }
}
