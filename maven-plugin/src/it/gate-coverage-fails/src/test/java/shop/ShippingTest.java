package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.api.UnitTest;

/** Tests standard delivery only: no unit test runs express delivery's lines. */
class ShippingTest {

    @UnitTest
    void chargesStandardDeliveryByWeight() {
        assertEquals(11, new Shipping().cost(3, false));
    }
}
