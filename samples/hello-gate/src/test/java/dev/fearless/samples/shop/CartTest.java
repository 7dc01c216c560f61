package dev.fearless.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fearless.api.UnitTest;

class CartTest {

    @UnitTest
    void addsVatToTheNetTotal() {
        assertEquals(1210, new Cart().add("book", 1, 1000).totalCents());
    }

    @UnitTest
    void appliesTheWelcomeDiscountBeforeVat() {
        assertEquals(1089, new Cart().add("book", 1, 1000).applyCode("WELCOME10").totalCents());
    }

    @UnitTest
    void appliesTheVipDiscount() {
        assertEquals(908, new Cart().add("book", 1, 1000).applyCode("VIP25").totalCents());
    }

    @UnitTest
    void sellsTheTenthItemAndLaterOnesAtHalfPrice() {
        // 12 at 100: 3 of them (10th, 11th, 12th) at half price = 1050 net, 1270.5 gross, rounded half up.
        assertEquals(1271, new Cart().add("pen", 12, 100).totalCents());
    }

    @UnitTest
    void countsItemsOverLines() {
        assertEquals(5, new Cart().add("pen", 2, 100).add("book", 3, 1000).itemCount());
    }

    @UnitTest
    void refusesAnUnknownCode() {
        assertThrows(IllegalArgumentException.class, () -> new Cart().applyCode("FREE"));
    }

    @UnitTest
    void refusesANonPositiveQuantity() {
        assertThrows(IllegalArgumentException.class, () -> new Cart().add("pen", 0, 100));
    }

    @UnitTest
    void refusesANegativePrice() {
        assertThrows(IllegalArgumentException.class, () -> new Cart().add("pen", 1, -1));
    }
}
