package dev.fearless.samples.library.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fearless.api.UnitTest;
import dev.fearless.samples.library.problems.ConflictException;
import dev.fearless.samples.library.problems.NotFoundException;

class CatalogTest {
    private final Catalog catalog = new Catalog(new InMemoryBookRepository());

    @UnitTest
    void listsWhatWasAddedByTitle() {
        catalog.add(new Isbn("9780321125217"), "Domain-Driven Design", "Eric Evans", 2);
        catalog.add(new Isbn("9780134685991"), "Effective Java", "Joshua Bloch", 3);

        assertThat(catalog.all()).extracting(Book::title).containsExactly("Domain-Driven Design", "Effective Java");
        assertThat(catalog.get(new Isbn("9780134685991")).copies()).isEqualTo(3);
    }

    @UnitTest
    void refusesASecondBookWithTheSameIsbn() {
        catalog.add(new Isbn("9780134685991"), "Effective Java", "Joshua Bloch", 3);

        assertThatThrownBy(() -> catalog.add(new Isbn("9780134685991"), "Another", "Someone", 1))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a book with ISBN 9780134685991 is already in the catalogue");
    }

    @UnitTest
    void saysWhichIsbnItDoesNotHave() {
        assertThatThrownBy(() -> catalog.get(new Isbn("9780137081073")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no book with ISBN 9780137081073");
    }
}
