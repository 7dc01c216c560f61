package dev.fearless.samples.library.catalog;

import dev.fearless.samples.library.problems.InvalidRequestException;

/**
 * A title in the catalogue and how many of its copies are on the shelf.
 *
 * @param isbn      the book's ISBN-13
 * @param title     its title
 * @param author    its author
 * @param copies    copies the library owns
 * @param available copies not lent out
 */
public record Book(Isbn isbn, String title, String author, int copies, int available) {

    public Book {
        requireText("title", title);
        requireText("author", author);
        if (copies < 1) {
            throw new InvalidRequestException("a book needs at least 1 copy, got " + copies);
        }
        if (available < 0 || available > copies) {
            throw new InvalidRequestException("available copies must be between 0 and " + copies + ", got " + available);
        }
    }

    /** A new title with all its copies on the shelf. */
    public static Book newTitle(Isbn isbn, String title, String author, int copies) {
        return new Book(isbn, title, author, copies, copies);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("a book's " + field + " must not be blank");
        }
        if (value.length() > 200) {
            throw new InvalidRequestException("a book's " + field + " has at most 200 characters");
        }
    }
}
