package dev.fearless.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.fearless.engine.GateRequest;
import dev.fearless.engine.config.FearlessConfig;

class SecretMaskerTest {

    private static SecretMasker forBaseUrl(String url) {
        return SecretMasker.of(GateRequest.builder("predeploy").projectDir(Path.of("")).baseUrl(url).build(),
                FearlessConfig.builtIn());
    }

    @Test
    void masksThePasswordOfABaseUrlThatIsNotAValidUri() {
        SecretMasker masker = forBaseUrl("https://admin:s3cr3t^pw@example.com/");

        assertThat(masker.mask("GET https://admin:s3cr3t^pw@example.com/health failed; password s3cr3t^pw"))
                .isEqualTo("GET https://****@example.com/health failed; password ****");
    }

    @Test
    void masksTheRawAndTheDecodedPasswordOfAValidUrl() {
        SecretMasker masker = forBaseUrl("https://admin:s3cr3t%5Epw@example.com/");

        assertThat(masker.mask("raw s3cr3t%5Epw, decoded s3cr3t^pw")).isEqualTo("raw ****, decoded ****");
    }

    @Test
    void masksAnAtSignInThePasswordAsPartOfIt() {
        SecretMasker masker = forBaseUrl("http://ci:p@ss-word@host:8080/api?x=a@b");

        assertThat(masker.mask("ci:p@ss-word and p@ss-word")).isEqualTo("**** and ****");
    }

    @Test
    void quotesAUrlWithItsUserInfoMasked() {
        assertThat(SecretMasker.maskUserInfo("https://admin:s3cr3t^pw@example.com/"))
                .isEqualTo("https://****@example.com/");
        assertThat(SecretMasker.maskUserInfo("not a url")).isEqualTo("not a url");
    }
}
