package dev.fearless.api;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apiguardian.api.API;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fearless.browser.BrowserExtension;

/**
 * An end-to-end test: a user's flow in a real browser against the deployed environment (the {@code postdeploy} gate's {@code e2e} step).
 *
 * <p>A composed annotation: {@code @Test} plus the JUnit tag {@value Layers#E2E}, so IDEs, plain Surefire
 * ({@code -Dgroups=e2e}) and the Fearless gate all select it the same way. On a method it makes that method a test of
 * this layer; on a class it puts every test of the class in this layer.
 *
 * <pre>{@code
 * @E2ETest
 * void checkoutWorks(Page page) {
 *     page.navigate(baseUrl);
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(Layers.E2E)
@Test
@ExtendWith(BrowserExtension.class)
@ExtendWith(dev.fearless.internal.junit.FearlessExtension.class)
@API(status = STABLE, since = "0.1")
public @interface E2ETest {
}
