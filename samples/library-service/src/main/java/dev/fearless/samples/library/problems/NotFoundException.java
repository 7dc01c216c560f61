package dev.fearless.samples.library.problems;

/** Something asked for by its identifier does not exist. Answered with 404. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
