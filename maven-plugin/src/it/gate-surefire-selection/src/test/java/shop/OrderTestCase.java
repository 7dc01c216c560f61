package shop;

import static org.junit.jupiter.api.Assertions.fail;

import dev.fearless.api.UnitTest;

/** Surefire runs *TestCase classes by default (JUnit's own default pattern does not): so must the gate. */
class OrderTestCase {

    @UnitTest
    void refusesAnOrderWithoutItems() {
        fail("OrderTestCase ran and fails");
    }
}
