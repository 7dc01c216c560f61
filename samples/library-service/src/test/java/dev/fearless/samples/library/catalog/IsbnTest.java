package dev.fearless.samples.library.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fearless.api.UnitTest;
import dev.fearless.samples.library.problems.InvalidRequestException;

// On the class, the layer covers the parameterized tests too (@UnitTest on such a method would add a @Test).
@UnitTest
class IsbnTest {

    @UnitTest
    void acceptsAValidIsbn13() {
        assertThat(new Isbn("9780134685991").value()).isEqualTo("9780134685991");
    }

    @UnitTest
    void readsIsbnsWrittenWithHyphensAndSpaces() {
        assertThat(Isbn.parse("978-0-13-468599 1")).isEqualTo(new Isbn("9780134685991"));
    }

    @UnitTest
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> new Isbn("9780134685992"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("ISBN 9780134685992 has a wrong check digit");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "978013468599", "97801346859911", "978013468599X"})
    void refusesAnythingButThirteenDigits(String text) {
        assertThatThrownBy(() -> Isbn.parse(text))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("ISBN must have 13 digits");
    }

    @UnitTest
    void computesTheCheckDigitOfTwelveDigits() {
        assertThat(Isbn.withCheckDigit("978032112521")).isEqualTo(new Isbn("9780321125217"));
        assertThat(Isbn.withCheckDigit("978013708107").value()).endsWith("3");
    }

    @UnitTest
    void needsExactlyTwelveDigitsForACheckDigit() {
        assertThatThrownBy(() -> Isbn.withCheckDigit("97803211252"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("need 12 digits");
        assertThatThrownBy(() -> Isbn.withCheckDigit(null)).isInstanceOf(InvalidRequestException.class);
    }

    @UnitTest
    void printsAsItsDigits() {
        assertThat(new Isbn("9780137081073")).hasToString("9780137081073");
    }
}
