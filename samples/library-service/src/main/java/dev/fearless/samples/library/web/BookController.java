package dev.fearless.samples.library.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.fearless.samples.library.catalog.Book;
import dev.fearless.samples.library.catalog.Catalog;
import dev.fearless.samples.library.catalog.Isbn;

/** The catalogue over HTTP: {@code /api/books}. */
@RestController
@RequestMapping("/api/books")
public class BookController {
    private final Catalog catalog;

    public BookController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    public List<BookView> all() {
        return catalog.all().stream().map(BookView::of).toList();
    }

    @GetMapping("/{isbn}")
    public BookView one(@PathVariable String isbn) {
        return BookView.of(catalog.get(Isbn.parse(isbn)));
    }

    @PostMapping
    public ResponseEntity<BookView> add(@RequestBody NewBook request) {
        Book book = catalog.add(Isbn.parse(request.isbn()), request.title(), request.author(), request.copies());
        return ResponseEntity.created(URI.create("/api/books/" + book.isbn())).body(BookView.of(book));
    }

    /** What a client sends to add a title. */
    public record NewBook(String isbn, String title, String author, int copies) {
    }

    /** A book as the API shows it. */
    public record BookView(String isbn, String title, String author, int copies, int available) {
        static BookView of(Book book) {
            return new BookView(book.isbn().value(), book.title(), book.author(), book.copies(), book.available());
        }
    }
}
