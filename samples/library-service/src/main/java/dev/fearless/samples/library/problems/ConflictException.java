package dev.fearless.samples.library.problems;

/** A valid request that the library's current state refuses, such as borrowing a book with no copy left. 409. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
