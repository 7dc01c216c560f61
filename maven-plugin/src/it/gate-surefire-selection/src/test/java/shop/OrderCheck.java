package shop;

import static org.junit.jupiter.api.Assertions.fail;

import dev.fearless.api.UnitTest;

/** Not a name Surefire runs by default: neither does the gate, so this failure must not appear. */
class OrderCheck {

    @UnitTest
    void mustNotRun() {
        fail("OrderCheck ran, but Surefire would not run it");
    }
}
