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

/**
 * A unit test: fast, no I/O, runs before the deploy (the {@code predeploy} gate's {@code unit} step, with coverage).
 *
 * <p>A composed annotation: {@code @Test} plus the JUnit tag {@value Layers#UNIT}, so IDEs, plain Surefire
 * ({@code -Dgroups=unit}) and the Fearless gate all select it the same way. On a method it makes that method a test of
 * this layer; on a class it puts every test of the class in this layer.
 *
 * <pre>{@code
 * @UnitTest
 * void addsVat() {
 *     assertEquals(new Money(121), new Money(100).withVat(21));
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(Layers.UNIT)
@Test
@API(status = STABLE, since = "0.1")
public @interface UnitTest {
}
