package dev.fearless.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apiguardian.api.API;

/**
 * Points an injected {@link Api} or {@code RequestSpecification} at a named service of the target environment
 * instead of its base URL.
 *
 * <pre>{@code
 * @SmokeTest
 * void paidOrdersAreBilled(Api api, @Service("billing") RequestSpecification billing) {
 *     String id = api.given().body(order).post("/orders").then().statusCode(201).extract().path("id");
 *     given(billing).get("/invoices?order={id}", id).then().statusCode(200);
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = STABLE, since = "0.1")
public @interface Service {
    /** The service's name, as in {@code fearless.service.<name>.url}. */
    String value();
}
