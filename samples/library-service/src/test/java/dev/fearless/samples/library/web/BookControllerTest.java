package dev.fearless.samples.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import dev.fearless.api.UnitTest;
import dev.fearless.samples.library.catalog.Catalog;
import dev.fearless.samples.library.catalog.InMemoryBookRepository;
import dev.fearless.samples.library.problems.InvalidRequestException;
import dev.fearless.samples.library.web.BookController.BookView;
import dev.fearless.samples.library.web.BookController.NewBook;

class BookControllerTest {
    private final BookController controller = new BookController(new Catalog(new InMemoryBookRepository()));

    @UnitTest
    void addsABookAndSaysWhereItIs() {
        ResponseEntity<BookView> created = controller.add(new NewBook("978-0-13-468599-1", "Effective Java", "Joshua Bloch", 2));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/books/9780134685991");
        assertThat(created.getBody()).isEqualTo(new BookView("9780134685991", "Effective Java", "Joshua Bloch", 2, 2));
    }

    @UnitTest
    void showsTheCatalogueAndOneBook() {
        controller.add(new NewBook("9780134685991", "Effective Java", "Joshua Bloch", 2));

        assertThat(controller.all()).extracting(BookView::isbn).containsExactly("9780134685991");
        assertThat(controller.one("9780134685991").title()).isEqualTo("Effective Java");
    }

    @UnitTest
    void refusesABadIsbn() {
        assertThatThrownBy(() -> controller.add(new NewBook("123", "Effective Java", "Joshua Bloch", 2)))
                .isInstanceOf(InvalidRequestException.class);
    }
}
