package io.milkledger.journeys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar as a platform runs it, seen from the platform's router: health checks, what is hidden,
 * and how it behaves behind a TLS-terminating proxy.
 */
class ProductionJarIT {

    private static RunningApp app;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void liveness_and_readiness_answer_without_signing_in() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info").body()).contains("Milk Ledger");
    }

    @Test
    void nothing_else_of_actuator_is_reachable() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator"}) {
            HttpResponse<String> response = get(endpoint);
            assertThat(response.statusCode()).as(endpoint).isIn(401, 403, 404);
            assertThat(response.body()).as(endpoint).doesNotContain("spring.datasource", "postgres:postgres");
        }
    }

    @Test
    void behind_a_tls_proxy_redirects_are_https_and_hsts_is_sent() throws Exception {
        HttpResponse<String> ledger = HTTP.send(forwarded("/"), HttpResponse.BodyHandlers.ofString());

        assertThat(ledger.statusCode()).isEqualTo(302);
        assertThat(ledger.headers().firstValue("Location")).hasValue("https://milk.example.com/login");
        assertThat(ledger.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=");
    }

    @Test
    void the_session_cookie_is_secure_http_only_and_same_site() throws Exception {
        HttpResponse<String> login = HTTP.send(forwarded("/login"), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void without_a_proxy_no_hsts_is_claimed() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static HttpRequest forwarded(String path) {
        return HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "milk.example.com")
                .header("X-Forwarded-Port", "443")
                .header("X-Forwarded-For", "203.0.113.7")
                .build();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
