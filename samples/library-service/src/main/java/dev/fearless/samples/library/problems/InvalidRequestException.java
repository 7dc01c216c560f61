package dev.fearless.samples.library.problems;

/** A request the library cannot take as it is: the message says what to change. Answered with 400. */
public class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String message) {
        super(message);
    }
}
