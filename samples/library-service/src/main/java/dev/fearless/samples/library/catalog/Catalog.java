package dev.fearless.samples.library.catalog;

import java.util.List;

import org.springframework.stereotype.Service;

import dev.fearless.samples.library.problems.ConflictException;
import dev.fearless.samples.library.problems.NotFoundException;

/** Lists, finds and adds books. */
@Service
public class Catalog {
    private final BookRepository books;

    public Catalog(BookRepository books) {
        this.books = books;
    }

    public List<Book> all() {
        return books.findAll();
    }

    public Book get(Isbn isbn) {
        return books.find(isbn).orElseThrow(() -> new NotFoundException("no book with ISBN " + isbn));
    }

    public Book add(Isbn isbn, String title, String author, int copies) {
        Book book = Book.newTitle(isbn, title, author, copies);
        if (!books.add(book)) {
            throw new ConflictException("a book with ISBN " + isbn + " is already in the catalogue");
        }
        return book;
    }
}
