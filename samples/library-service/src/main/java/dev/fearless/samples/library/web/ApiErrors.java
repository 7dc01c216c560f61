package dev.fearless.samples.library.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.fearless.samples.library.problems.ConflictException;
import dev.fearless.samples.library.problems.InvalidRequestException;
import dev.fearless.samples.library.problems.NotFoundException;

/** Turns the library's refusals into RFC 9457 problem details, with the reason as {@code detail}. */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler
    public ProblemDetail invalid(InvalidRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    public ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    public ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
