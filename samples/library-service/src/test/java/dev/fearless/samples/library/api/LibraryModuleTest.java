package dev.fearless.samples.library.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole service on a random port, for REST Assured module tests. Each class brings its own database (a
 * {@code PostgresService} and a {@code @DynamicPropertySource}), so its context is closed after the class rather than
 * cached with a database that is gone. The clock is fixed ({@link FixedClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import(FixedClock.class)
@interface LibraryModuleTest {
}
