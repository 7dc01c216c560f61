package dev.fearless.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.fearless.api.ModuleTest;

/** The shop's API, started on a free port, through real HTTP. */
class ShopApiTest {

    private static ShopServer shop;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startShop() throws Exception {
        shop = ShopServer.start(0);
    }

    @AfterAll
    static void stopShop() {
        shop.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + shop.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ModuleTest
    void answersHealthy() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\"}", response.body());
    }

    @ModuleTest
    void quotesACartWithADiscountCode() throws Exception {
        HttpResponse<String> response = get("/quote?sku=book&quantity=1&price=1000&code=WELCOME10");
        assertEquals(200, response.statusCode());
        assertEquals("{\"items\":1,\"totalCents\":1089}", response.body());
    }

    @ModuleTest
    void refusesAnUnknownCodeWithBadRequest() throws Exception {
        HttpResponse<String> response = get("/quote?sku=book&quantity=1&price=1000&code=FREE");
        assertEquals(400, response.statusCode());
        assertEquals("{\"error\":\"unknown discount code FREE\"}", response.body());
    }
}
