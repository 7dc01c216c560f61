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

/**
 * A module test: the application's API against production-like services, before the deploy (the {@code predeploy} gate's {@code module} step).
 *
 * <p>A composed annotation: {@code @Test} plus the JUnit tag {@value Layers#MODULE}, so IDEs, plain Surefire
 * ({@code -Dgroups=module}) and the Fearless gate all select it the same way. On a method it makes that method a test of
 * this layer; on a class it puts every test of the class in this layer.
 *
 * <pre>{@code
 * @ModuleTest
 * void createsAnOrder() {
 *     given().body(order).post("/orders").then().statusCode(201);
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(Layers.MODULE)
@Test
@ExtendWith(dev.fearless.internal.junit.FearlessExtension.class)
@API(status = STABLE, since = "0.1")
public @interface ModuleTest {
}
