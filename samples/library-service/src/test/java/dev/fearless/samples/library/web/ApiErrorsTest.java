package dev.fearless.samples.library.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.ProblemDetail;

import dev.fearless.api.UnitTest;
import dev.fearless.samples.library.problems.ConflictException;
import dev.fearless.samples.library.problems.InvalidRequestException;
import dev.fearless.samples.library.problems.NotFoundException;

class ApiErrorsTest {
    private final ApiErrors errors = new ApiErrors();

    @UnitTest
    void answersEachRefusalWithItsStatusAndReason() {
        ProblemDetail invalid = errors.invalid(new InvalidRequestException("ISBN must have 13 digits"));
        ProblemDetail notFound = errors.notFound(new NotFoundException("no loan number 7"));
        ProblemDetail conflict = errors.conflict(new ConflictException("no copy on the shelf"));

        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getDetail()).isEqualTo("ISBN must have 13 digits");
        assertThat(notFound.getStatus()).isEqualTo(404);
        assertThat(notFound.getDetail()).isEqualTo("no loan number 7");
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getDetail()).isEqualTo("no copy on the shelf");
    }
}
