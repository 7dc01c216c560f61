package dev.fearless.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

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
    void masksAPasswordWithAnUnencodedHashOrQuestionMark() {
        assertThat(forBaseUrl("https://admin:pa#ss@example.com/").mask("pa#ss")).isEqualTo("****");
        assertThat(forBaseUrl("https://admin:pa?ss@example.com/").mask("pa?ss")).isEqualTo("****");
    }

    @Test
    void masksEachLongLineOfAMultiLineSecretForOutputMaskedLineByLine() {
        SecretMasker masker = SecretMasker.of(GateRequest.builder("g").projectDir(Path.of("."))
                .systemProperties(Map.of("signing.password", "-----KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nab"))
                .build(), FearlessConfig.builtIn());

        assertThat(masker.mask("MIIEvQIBADANBgkqhkiG9w0BAQEF")).isEqualTo("****");
        assertThat(masker.mask("ab")).as("a short line is left, as a short secret is").isEqualTo("ab");
    }

    @Test
    void masksTheCredentialsOfAnyAuthorizationHeaderOrBearerTokenInTestOutput() {
        // A token the gate never saw, in REST Assured's request log and in a header line of another client.
        SecretMasker none = SecretMasker.of(GateRequest.builder("g").projectDir(Path.of(".")).build(),
                FearlessConfig.builtIn());
        String log = """
                Request method:\tGET
                Headers:\t\tAuthorization=Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig
                \t\t\t\tAccept=*/*
                > Authorization: Basic YWRhOnMzY3IzdA==
                token is bearer abc.def-123 for the record
                """;

        assertThat(none.maskOutput(log)).isEqualTo("""
                Request method:\tGET
                Headers:\t\tAuthorization=Bearer ****
                \t\t\t\tAccept=*/*
                > Authorization: Basic ****
                token is bearer **** for the record
                """);
        assertThat(none.maskOutput("no credential here")).isEqualTo("no credential here");
    }

    @Test
    void quotesAUrlWithItsUserInfoMasked() {
        assertThat(SecretMasker.maskUserInfo("https://admin:s3cr3t^pw@example.com/"))
                .isEqualTo("https://****@example.com/");
        assertThat(SecretMasker.maskUserInfo("not a url")).isEqualTo("not a url");
    }
}
