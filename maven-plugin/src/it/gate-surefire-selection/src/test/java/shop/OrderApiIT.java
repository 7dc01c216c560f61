package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.api.UnitTest;

/** Run by Surefire's second execution only (its includes), so the gate must run it too. */
class OrderApiIT {

    @UnitTest
    void quotesTheExpressRate() {
        assertEquals(24, new Shipping().cost(3, true));
    }
}
