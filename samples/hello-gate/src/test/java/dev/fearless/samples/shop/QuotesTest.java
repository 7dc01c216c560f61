package dev.fearless.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.api.UnitTest;

class QuotesTest {

    @UnitTest
    void quotesACartWithACode() {
        assertEquals(new Quotes.Answer(200, "{\"items\":2,\"totalCents\":2178}"),
                Quotes.quote("sku=book&quantity=2&price=1000&code=WELCOME10"));
    }

    @UnitTest
    void quotesWithoutACode() {
        assertEquals(new Quotes.Answer(200, "{\"items\":1,\"totalCents\":121}"), Quotes.quote("quantity=1&price=100"));
    }

    @UnitTest
    void refusesAMissingQuantity() {
        assertEquals(new Quotes.Answer(400, "{\"error\":\"quantity is missing\"}"), Quotes.quote("price=100"));
    }

    @UnitTest
    void refusesAnEmptyQuery() {
        assertEquals(400, Quotes.quote(null).status());
    }

    @UnitTest
    void ignoresPairsWithoutAValue() {
        assertEquals(200, Quotes.quote("flag&quantity=1&price=100").status());
    }
}
