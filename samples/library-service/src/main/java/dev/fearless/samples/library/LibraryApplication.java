package dev.fearless.samples.library;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerPortFileWriter;
import org.springframework.context.annotation.Bean;

/** A small lending library: a catalogue of books, loans to members, a web page, and its health. */
@SpringBootApplication
public class LibraryApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LibraryApplication.class);
        if (System.getenv("PORTFILE") != null) {
            // Started on port 0 by a process manager (samples/pipeline.sh), the app tells it the port in that file.
            application.addListeners(new WebServerPortFileWriter());
        }
        application.run(args);
    }

    /** Due dates and fines depend on the date; tests give their own clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
