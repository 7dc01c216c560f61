package dev.fearless.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fearless.internal.junit.FearlessExtension;

/**
 * Lets tests take Fearless's parameters: {@link TargetEnvironment}, {@link dev.fearless.http.Api} and REST Assured's
 * {@code RequestSpecification} (for a named service with {@link dev.fearless.http.Service @Service}). When a test
 * fails, its HTTP requests and responses are printed and attached to the Allure report, credentials masked.
 *
 * <p>The layer annotations {@code @ModuleTest}, {@code @HealthCheck}, {@code @SmokeTest} and {@code @E2ETest} already
 * do this; use {@code @FearlessTest} on a class of plain {@code @Test}s.
 *
 * <pre>{@code
 * @FearlessTest
 * class OrdersApiTest {
 *     @Test
 *     void listsOrders(Api api) {
 *         api.given().get("/orders").then().statusCode(200);
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FearlessExtension.class)
@API(status = STABLE, since = "0.1")
public @interface FearlessTest {
}
