package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.fearless.api.UnitTest;

class ShippingTest {

    @UnitTest
    void chargesStandardDeliveryByWeight() {
        assertEquals(11, new Shipping().cost(3, false));
    }

    @Test // untagged: the predeploy gate counts it as a unit test
    void chargesExpressDeliveryByWeightButAtLeastTheMinimum() {
        assertEquals(24, new Shipping().cost(3, true));
        assertEquals(20, new Shipping().cost(1, true));
    }
}
