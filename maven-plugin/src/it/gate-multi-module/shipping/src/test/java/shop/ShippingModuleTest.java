package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.api.ModuleTest;

class ShippingModuleTest {

    @ModuleTest
    void quotesAParcelBothWays() {
        Shipping shipping = new Shipping();

        assertEquals(11, shipping.cost(3, false));
        assertEquals(24, shipping.cost(3, true));
    }
}
