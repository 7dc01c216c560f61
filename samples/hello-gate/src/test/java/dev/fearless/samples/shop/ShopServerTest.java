package dev.fearless.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.fearless.api.UnitTest;

/**
 * The HTTP adapter on its own: in-process, on a free loopback port, a few milliseconds. The module tests go
 * through the API's flows; this only checks that the adapter maps paths and answers to HTTP.
 */
class ShopServerTest {

    @UnitTest
    void mapsAQuoteAnswerToStatusAndJson() throws Exception {
        try (ShopServer shop = ShopServer.start(0)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + shop.port() + "/quote?quantity=1")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(400, response.statusCode());
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("{\"error\":\"price is missing\"}", response.body());
        }
    }
}
