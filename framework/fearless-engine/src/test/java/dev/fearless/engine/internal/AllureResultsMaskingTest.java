package dev.fearless.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fearless.engine.GateRequest;
import dev.fearless.engine.config.FearlessConfig;

class AllureResultsMaskingTest {

    @TempDir
    Path results;

    private static SecretMasker masking(String password) {
        return SecretMasker.of(GateRequest.builder("g").projectDir(Path.of("."))
                .systemProperties(Map.of("db.password", password)).build(), FearlessConfig.builtIn());
    }

    @Test
    void masksStringValuesOnlySoAShortSecretCannotBreakAResult() throws Exception {
        Files.writeString(results.resolve("a-result.json"), """
                {"testCaseId":"t1","start":1712341234567,"statusDetails":{"message":"login with 1234 failed"},\
                "labels":[{"name":"tag","value":"1234"}]}""");

        AllureResultsMasking.mask(results, masking("1234"));

        JsonNode result = new ObjectMapper().readTree(results.resolve("a-result.json").toFile());
        assertThat(result.get("start").asLong()).as("a number is not text").isEqualTo(1712341234567L);
        assertThat(result.get("statusDetails").get("message").asText()).isEqualTo("login with **** failed");
        assertThat(result.get("labels").get(0).get("value").asText()).isEqualTo("****");
    }

    @Test
    void masksTextAttachmentsWithOrWithoutAnExtensionAndLeavesBinaryOnes() throws Exception {
        Files.writeString(results.resolve("b-attachment"), "POST /login password=s3cr3t-pw");
        Files.writeString(results.resolve("c-attachment.html"), "<p>s3cr3t&amp;pw and s3cr3t-pw</p>");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 's', '3', 'c', 'r', '3', 't', '-', 'p', 'w'};
        Files.write(results.resolve("d-attachment.png"), png);

        AllureResultsMasking.mask(results, masking("s3cr3t-pw"));
        AllureResultsMasking.mask(results, masking("s3cr3t&pw"));

        assertThat(results.resolve("b-attachment")).hasContent("POST /login password=****");
        assertThat(results.resolve("c-attachment.html")).hasContent("<p>**** and ****</p>");
        assertThat(results.resolve("d-attachment.png")).hasBinaryContent(png);
    }
}
