package dev.fearless.samples.library.catalog;

import java.util.List;
import java.util.Optional;

/** Where the catalogue is kept. */
public interface BookRepository {

    List<Book> findAll();

    Optional<Book> find(Isbn isbn);

    /** Adds a title; false when its ISBN is already in the catalogue. */
    boolean add(Book book);

    /** Takes one copy off the shelf; false when none is available. */
    boolean takeCopy(Isbn isbn);

    /** Puts one copy back on the shelf. */
    void returnCopy(Isbn isbn);
}
