package dev.fearless.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void aSecretPrintsAsStars() {
        Secret secret = Secret.of("printed-secret-1");

        assertThat(secret).hasToString("****");
        assertThat(secret.reveal()).isEqualTo("printed-secret-1");
        assertThat(Credentials.bearer("printed-secret-1").toString()).doesNotContain("printed-secret-1");
    }

    @Test
    void everyKnownSecretIsMaskedWhereverItShowsUp() {
        Secret.of("known-value-42");

        assertThat(Secrets.mask("status DOWN: token known-value-42 rejected, again known-value-42"))
                .isEqualTo("status DOWN: token **** rejected, again ****");
    }

    @Test
    void theBasicHeaderValueOfAPasswordIsMaskedToo() {
        Credentials basic = Credentials.basic("ci", "basic-password-7");
        String header = basic.authorizationHeader().orElseThrow();

        assertThat(Secrets.mask("sent " + header)).isEqualTo("sent Basic ****");
    }

    @Test
    void userInfoInUrlsIsMasked() {
        assertThat(Secrets.mask("cannot reach https://bob:unregistered-pw@db.example.com:8443/x?y=1"))
                .isEqualTo("cannot reach https://****@db.example.com:8443/x?y=1");
    }

    @Test
    void credentialFieldsInJsonAndFormsAreMasked() {
        assertThat(Secrets.mask("{\"user\":\"bob\",\"password\":\"p\\\"w\",\"access_token\": \"abc\",\"n\":1}"))
                .isEqualTo("{\"user\":\"bob\",\"password\":\"****\",\"access_token\": \"****\",\"n\":1}");
        assertThat(Secrets.mask("grant_type=password&username=bob&password=abc&client_secret=xyz"))
                .isEqualTo("grant_type=password&username=bob&password=****&client_secret=****");
    }

    @Test
    void credentialFieldsAreFoundByAnyNameThatHoldsACredentialWord() {
        assertThat(Secrets.mask("{\"accessToken\":\"a1\",\"clientSecret\":\"b2\",\"x_api_key\":\"c3\","
                + "\"dbPassword\":\"d4\",\"user\":\"bob\"}"))
                .isEqualTo("{\"accessToken\":\"****\",\"clientSecret\":\"****\",\"x_api_key\":\"****\","
                        + "\"dbPassword\":\"****\",\"user\":\"bob\"}");
        assertThat(Secrets.mask("next?pageToken=abc&size=10")).isEqualTo("next?pageToken=****&size=10");
    }

    @Test
    void aFieldWhoseCredentialWordQualifiesAnotherIsASettingNotASecret() {
        String settings = "--password-store=basic --enable-automation {\"tokenType\":\"Bearer\","
                + "\"passwordPolicy\":\"strict\",\"token_endpoint\":\"https://auth.example.com/token\"}";

        assertThat(Secrets.mask(settings)).isEqualTo(settings);
        assertThat(Secrets.mask("--password=hunter22 password_reset_token=abc"))
                .isEqualTo("--password=**** password_reset_token=****");
        assertThat(Secrets.mask("/logout?id_token_hint=eyJhbGciOi.x.y&state=1"))
                .isEqualTo("/logout?id_token_hint=****&state=1");
    }

    @Test
    void credentialFieldValuesThatLookLikeATokenAreRememberedAndNothingElse() {
        Secrets.rememberCredentialFields("{\"refreshToken\":\"remembered-refresh-77\",\"tokenType\":\"Bearer\","
                + "\"passwordPolicy\":\"required for every account\",\"password\":\"short\","
                + "\"token_endpoint\":\"https://auth.example.com/oauth2/token\",\"tokenExpiresAt\":\"2026-11-28T10:00:00Z\","
                + "\"api_key\":\"escaped\\/key\\/0123456789\"}");
        Secrets.rememberCredentialFields("client_secret=form-secret-0123456789");

        assertThat(Secrets.mask("Actual: remembered-refresh-77")).isEqualTo("Actual: ****");
        assertThat(Secrets.mask("key escaped/key/0123456789, secret form-secret-0123456789"))
                .isEqualTo("key ****, secret ****");
        String ordinary = "type Bearer, required for every account, word short, https://auth.example.com/oauth2/token"
                + " at 2026-11-28T10:00:00Z";
        assertThat(Secrets.mask(ordinary)).isEqualTo(ordinary);
    }

    @Test
    void aKnownSecretThatIsAlsoAFieldNameDoesNotUnmaskTheFieldsValue() {
        // A name of its own: the registry is global, and another test's text must not lose its field names.
        Secret.of("session_token_b7");

        assertThat(Secrets.mask("{\"session_token_b7\":\"value-never-registered\"}"))
                .isEqualTo("{\"****\":\"****\"}");
    }

    @Test
    void authorizationHeadersAndBearerTokensAreMasked() {
        assertThat(Secrets.mask("Authorization: Bearer eyJhbGciOi.unknown.token\nAccept: */*"))
                .isEqualTo("Authorization: ****\nAccept: */*");
        assertThat(Secrets.mask("got Bearer eyJhbGciOi.unknown.token back"))
                .isEqualTo("got Bearer **** back");
    }

    @Test
    void textWithoutSecretsIsLeftAlone() {
        String text = "health check 'orders /actuator/health' not healthy within 10s: last answer was 503 {\"status\":\"DOWN\"}";

        assertThat(Secrets.mask(text)).isEqualTo(text);
        assertThat(Secrets.containsSecret(text)).isFalse();
        assertThat(Secrets.mask(null)).isNull();
    }

    @Test
    void aKnownSecretIsMaskedAsJsonEscapesItToo() {
        Secret.of("json\"esc\\aped-secret-91");

        assertThat(Secrets.maskJsonEscaped("{\"value\":\"json\\\"esc\\\\aped-secret-91\"}"))
                .isEqualTo("{\"value\":\"****\"}");
    }
}
