package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import dev.fearless.api.UnitTest;

/**
 * The test JVM starts as Surefire's fork would: the argLine property's flags, the system properties with Maven's
 * expressions evaluated, and basedir set to this module.
 */
class SurefireForkTest {

    @UnitTest
    void getsTheArgLinePropertysFlags() {
        assertEquals("EUR", System.getProperty("shop.currency"));
    }

    @UnitTest
    void getsExpressionsEvaluatedAsSurefireGetsThem() {
        String repository = System.getProperty("shop.repository");
        String executionRoot = System.getProperty("shop.executionRoot");

        assertTrue(repository != null && new File(repository).isDirectory(), "shop.repository is " + repository);
        assertTrue(executionRoot != null && new File(executionRoot, "pom.xml").isFile(),
                "shop.executionRoot is " + executionRoot);
    }

    @UnitTest
    void findsItsFilesFromBasedir() {
        String basedir = System.getProperty("basedir");

        assertTrue(basedir != null && new File(basedir, "src/test/java/shop/SurefireForkTest.java").isFile(),
                "basedir is " + basedir);
    }
}
