package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import dev.fearless.api.UnitTest;

/** The test JVM starts as Surefire's fork would: the argLine property's flags, and basedir set to this module. */
class SurefireForkTest {

    @UnitTest
    void getsTheArgLinePropertysFlags() {
        assertEquals("EUR", System.getProperty("shop.currency"));
    }

    @UnitTest
    void findsItsFilesFromBasedir() {
        String basedir = System.getProperty("basedir");

        assertTrue(basedir != null && new File(basedir, "src/test/java/shop/SurefireForkTest.java").isFile(),
                "basedir is " + basedir);
    }
}
