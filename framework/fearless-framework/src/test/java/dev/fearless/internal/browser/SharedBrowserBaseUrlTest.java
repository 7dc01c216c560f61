package dev.fearless.internal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** The browser resolves a page's path as Api and Health do: below the base URL's own path. */
class SharedBrowserBaseUrlTest {

    @Test
    void aBaseUrlWithAPathKeepsItForRelativePaths() {
        String base = SharedBrowser.contextBaseUrl("http://127.0.0.1:8080/shop");

        // What the browser does with the context's base URL and a relative path.
        assertThat(URI.create(base).resolve("cart")).hasToString("http://127.0.0.1:8080/shop/cart");
        assertThat(URI.create(base).resolve("./")).hasToString("http://127.0.0.1:8080/shop/");
    }

    @Test
    void aBaseUrlThatEndsInASlashOrHasAQueryIsLeftAsItIs() {
        assertThat(SharedBrowser.contextBaseUrl("http://127.0.0.1:8080/")).isEqualTo("http://127.0.0.1:8080/");
        assertThat(SharedBrowser.contextBaseUrl("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080/");
        assertThat(SharedBrowser.contextBaseUrl("http://h/shop?tenant=a")).isEqualTo("http://h/shop?tenant=a");
    }
}
