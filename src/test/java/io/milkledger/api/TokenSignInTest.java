package io.milkledger.api;

import io.milkledger.ApiIntegrationTest;
import io.milkledger.Households;
import io.milkledger.token.ApiTokens;
import io.milkledger.token.NewApiToken;
import io.milkledger.token.TokenAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
@Import(TestTokens.class)
class TokenSignInTest {

    @LocalServerPort
    int port;
    @Autowired
    Households households;
    @Autowired
    TestTokens testTokens;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port);
    }

    @Test
    void a_token_reads_its_own_households_details() {
        String email = households.register("Token Household", ZoneId.of("Asia/Kolkata"));
        String token = testTokens.create(email, TokenAccess.READ).token();

        var answer = api.get("/api/v1/me", token);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("email").asString()).isEqualTo(email);
        assertThat(answer.json().get("name").asString()).isEqualTo("Token Household");
        assertThat(answer.json().get("timeZone").asString()).isEqualTo("Asia/Kolkata");
        assertThat(answer.json().get("currency").asString()).isEqualTo("INR");
        assertThat(answer.json().get("usualLitres").decimalValue()).isEqualByComparingTo("1");
        assertThat(answer.json().get("today").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void a_request_without_a_token_is_told_how_to_send_one() {
        var answer = api.get("/api/v1/me", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).hasValue("Bearer realm=\"Milk Ledger\"");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        assertThat(answer.json().get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void a_mistyped_token_is_refused() {
        String token = testTokens.householdWithToken("Typo Household");
        String typo = token.substring(0, 10) + (token.charAt(10) == 'a' ? 'b' : 'a') + token.substring(11);

        var answer = api.get("/api/v1/me", typo);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_revoked_token_is_refused_from_the_next_request() {
        String email = households.register("Revoking Household", ZoneId.of("Asia/Kolkata"));
        NewApiToken token = testTokens.create(email, TokenAccess.READ_WRITE);
        assertThat(api.get("/api/v1/me", token.token()).status()).isEqualTo(200);

        households.signIn(email);
        assertThat(tokens.revoke(token.details().id())).isTrue();
        Households.signOut();

        assertThat(api.get("/api/v1/me", token.token()).status()).isEqualTo(401);
    }

    @Test
    void an_expired_token_is_refused() {
        String email = households.register("Expired Household", ZoneId.of("Asia/Kolkata"));
        NewApiToken token = testTokens.create(email, TokenAccess.READ_WRITE);
        jdbc.sql("update api_tokens set expires_at = now() - interval '1 second' where id = ?")
                .param(token.details().id()).update();

        assertThat(api.get("/api/v1/me", token.token()).status()).isEqualTo(401);
    }

    @Test
    void a_disabled_accounts_token_is_refused() {
        String email = households.register("Disabled Household", ZoneId.of("Asia/Kolkata"));
        NewApiToken token = testTokens.create(email, TokenAccess.READ_WRITE);
        jdbc.sql("update users set enabled = false where email = ?").param(email).update();

        assertThat(api.get("/api/v1/me", token.token()).status()).isEqualTo(401);
    }

    @Test
    void a_read_only_token_may_not_write() {
        String email = households.register("Reading Household", ZoneId.of("Asia/Kolkata"));
        String token = testTokens.create(email, TokenAccess.READ).token();

        var answer = api.send("POST", "/api/v1/deliveries", token, "{\"date\":\"2025-01-01\",\"litres\":1}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("urn:milk-ledger:problem:read-only-token");
    }

    @Test
    void a_signed_in_browser_session_does_not_reach_the_api() {
        var answer = api.send("GET", "/api/v1/me", null, null, "Cookie", "JSESSIONID=whatever");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Set-Cookie")).isEmpty();
    }
}
