package io.milkledger.twofactor;

import io.milkledger.account.oauth.ProviderSignInIntegrationTest;
import io.milkledger.account.oauth.TestProviders;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with Google (mock-oauth2-server standing in for it) to an account with two-factor sign-in on: the
 * code is asked for as after the password. The app runs on a real port; an HTTP client follows the redirects.
 */
@ProviderSignInIntegrationTest
class TwoFactorProviderSignInTest {

    private static final String CLIENT_ID = TestProviders.GOOGLE_CLIENT_ID;
    private static final MockOAuth2Server GOOGLE = TestProviders.GOOGLE;

    @LocalServerPort
    int port;
    @Autowired
    TwoFactorHouseholds enrolled;

    @Test
    void a_household_with_two_factor_on_is_asked_for_the_code_after_google_too() throws Exception {
        var household = enrolled.register("Asha");
        googleSignsIn(household.email());

        HttpResponse<String> landed = signInWithGoogle();

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/two-factor");
    }

    @Test
    void a_household_without_two_factor_lands_on_the_dashboard_as_before() throws Exception {
        googleSignsIn("bala-" + UUID.randomUUID() + "@example.com");

        assertThat(signInWithGoogle().uri().getPath()).isEqualTo("/dashboard");
    }

    private void googleSignsIn(String email) {
        GOOGLE.enqueueCallback(new DefaultOAuth2TokenCallback("google", UUID.randomUUID().toString(), "JWT",
                List.of(CLIENT_ID), Map.of("email", email, "email_verified", true, "name", "Someone"), 3600));
    }

    /** Follows the redirects from the app to the provider and back, keeping cookies as a browser does. */
    private HttpResponse<String> signInWithGoogle() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
        URI next = URI.create("http://localhost:" + port + "/oauth2/authorization/google");
        for (int hop = 0; hop < 10; hop++) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(next).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 3) {
                return response;
            }
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
        }
        throw new AssertionError("more than 10 redirects");
    }
}
