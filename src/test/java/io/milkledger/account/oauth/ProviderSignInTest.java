package io.milkledger.account.oauth;

import io.milkledger.Households;
import io.milkledger.account.AccountService;
import io.milkledger.security.SignedInUser;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole authorization-code flow, for real: the app on a real port (with Tomcat's proxy handling, as in
 * production), mock-oauth2-server standing in for Google, a small fake for GitHub, and an HTTP client that follows
 * redirects and keeps cookies as a browser does.
 */
@ProviderSignInIntegrationTest
class ProviderSignInTest {

    private static final String GOOGLE_CLIENT_ID = TestProviders.GOOGLE_CLIENT_ID;
    private static final MockOAuth2Server GOOGLE = TestProviders.GOOGLE;
    private static final FakeGitHub GITHUB = TestProviders.GITHUB;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    AccountService accounts;
    @Autowired
    Households households;

    private Browser browser;

    @BeforeEach
    void freshBrowser() {
        browser = new Browser();
    }

    @Test
    void a_first_sign_in_with_google_creates_an_account_and_lands_on_the_dashboard() throws Exception {
        String email = "Asha.Rao-" + UUID.randomUUID() + "@Example.com";
        googleSignsIn(UUID.randomUUID().toString(), email, true, "Asha Rao");

        HttpResponse<String> landed = browser.open(app("/oauth2/authorization/google"));

        assertThat(landed.uri().getPath()).isEqualTo("/dashboard");
        assertThat(landed.statusCode()).isEqualTo(200);
        Map<String, Object> account = account(email.toLowerCase());
        assertThat(account).containsEntry("display_name", "Asha Rao").containsEntry("email_verified", true);
        assertThat(account.get("password_hash")).isNull();
        long id = (Long) account.get("id");
        assertThat(count("price_periods", "owner_id", id)).as("the starting price").isEqualTo(1);
        assertThat(count("oauth_identities", "user_id", id)).isEqualTo(1);

        SignedInUser principal = browser.principal();
        assertThat(principal.accountId()).isEqualTo(id);
        assertThat(principal).isInstanceOf(OidcUser.class);
        // the services take the owner from this principal as from a password sign-in
        actAs(principal, "google");
        assertThat(accounts.settings().displayName()).isEqualTo("Asha Rao");
        assertThat(accounts.signInMethods()).containsExactly("Google");
    }

    @Test
    void the_next_sign_in_finds_the_account_by_googles_id_for_the_person_even_after_an_email_change()
            throws Exception {
        String subject = UUID.randomUUID().toString();
        String email = "bala-" + subject + "@example.com";
        googleSignsIn(subject, email, true, "Bala");
        browser.open(app("/oauth2/authorization/google"));
        long id = browser.principal().accountId();

        Browser otherDevice = new Browser();
        googleSignsIn(subject, "bala.new-" + subject + "@example.com", true, "Bala");
        HttpResponse<String> landed = otherDevice.open(app("/oauth2/authorization/google"));

        assertThat(landed.uri().getPath()).isEqualTo("/dashboard");
        assertThat(otherDevice.principal().accountId()).isEqualTo(id);
        assertThat(account(email)).containsEntry("id", id);
        assertThat(jdbc.sql("select count(*) from users where email like :pattern")
                .param("pattern", "bala%" + subject + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_google_email_google_verified_is_joined_to_the_password_account_with_that_email() throws Exception {
        String email = households.register("Chitra", ZoneId.of("Asia/Kolkata"));
        long id = (Long) account(email).get("id");
        googleSignsIn(UUID.randomUUID().toString(), email.toUpperCase(), true, "Chitra at Google");

        HttpResponse<String> landed = browser.open(app("/oauth2/authorization/google"));

        assertThat(landed.uri().getPath()).isEqualTo("/dashboard");
        assertThat(browser.principal().accountId()).isEqualTo(id);
        assertThat(count("oauth_identities", "user_id", id)).isEqualTo(1);
        assertThat(account(email)).containsEntry("display_name", "Chitra");
        actAs(browser.principal(), "google");
        assertThat(accounts.signInMethods()).containsExactly("Email and password", "Google");
    }

    @Test
    void an_unverified_google_email_is_not_joined_to_the_account_with_that_email_and_the_sign_in_page_says_why()
            throws Exception {
        String email = households.register("Devi", ZoneId.of("Asia/Kolkata"));
        Map<String, Object> before = account(email);
        googleSignsIn(UUID.randomUUID().toString(), email, false, "Not Devi");

        HttpResponse<String> landed = browser.open(app("/oauth2/authorization/google"));

        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.uri().getQuery()).isEqualTo("oauth=unverified&provider=google");
        assertThat(account(email)).isEqualTo(before);
        assertThat(count("oauth_identities", "user_id", (Long) before.get("id"))).isZero();
        assertThat(browser.open(app("/dashboard")).uri().getPath()).as("still signed out").isEqualTo("/login");
    }

    @Test
    void an_unverified_google_email_no_account_has_creates_nothing_and_the_sign_in_page_says_why() throws Exception {
        String email = "esha-" + UUID.randomUUID() + "@example.com";
        String subject = UUID.randomUUID().toString();
        googleSignsIn(subject, email, false, "Esha");

        HttpResponse<String> landed = browser.open(app("/oauth2/authorization/google"));

        assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery())
                .isEqualTo("/login?oauth=unverified&provider=google");
        assertThat(jdbc.sql("select count(*) from users where email = ?").param(email).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from oauth_identities where subject = ?").param(subject)
                .query(Long.class).single()).isZero();
        assertThat(browser.open(app("/dashboard")).uri().getPath()).as("still signed out").isEqualTo("/login");
    }

    @Test
    void a_github_primary_address_github_has_not_verified_creates_nothing_even_when_no_account_has_it()
            throws Exception {
        String run = UUID.randomUUID().toString();
        String someoneElses = "someone.else-" + run + "@example.com";
        GITHUB.signsInNext(new FakeGitHub.Account(Math.abs(run.hashCode()), "claimer-" + run, "Claimer", List.of(
                new FakeGitHub.Email(someoneElses, true, false),
                new FakeGitHub.Email("claimer-" + run + "@example.com", false, true))));

        HttpResponse<String> landed = browser.open(app("/oauth2/authorization/github"));

        assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery())
                .isEqualTo("/login?oauth=unverified&provider=github");
        assertThat(jdbc.sql("select count(*) from users where email like ?").param("%" + run + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_first_sign_in_with_github_takes_the_primary_address_from_user_emails() throws Exception {
        String run = UUID.randomUUID().toString();
        GITHUB.signsInNext(new FakeGitHub.Account(Math.abs(run.hashCode()), "farah-" + run, null, List.of(
                new FakeGitHub.Email("farah-old-" + run + "@example.com", false, true),
                new FakeGitHub.Email("Farah-" + run + "@Example.com", true, true))));

        HttpResponse<String> landed = browser.open(app("/oauth2/authorization/github"));

        assertThat(GITHUB.lastScope()).isEqualTo("read:user user:email");
        assertThat(landed.uri().getPath()).isEqualTo("/dashboard");
        Map<String, Object> account = account("farah-" + run + "@example.com");
        assertThat(account).containsEntry("display_name", "farah-" + run).containsEntry("email_verified", true);
        SignedInUser principal = browser.principal();
        assertThat(principal.accountId()).isEqualTo(account.get("id"));
        assertThat(principal).isInstanceOf(OAuth2User.class);
        actAs(principal, "github");
        assertThat(accounts.signInMethods()).containsExactly("GitHub");
    }

    @Test
    void a_github_account_whose_primary_address_github_verified_is_joined_to_the_password_account() throws Exception {
        String email = households.register("Gita", ZoneId.of("Asia/Kolkata"));
        GITHUB.signsInNext(new FakeGitHub.Account(Math.abs(email.hashCode()), "gita", "Gita G",
                List.of(new FakeGitHub.Email(email, true, true))));

        assertThat(browser.open(app("/oauth2/authorization/github")).uri().getPath()).isEqualTo("/dashboard");
        assertThat(browser.principal().accountId()).isEqualTo(account(email).get("id"));
    }

    @Test
    void a_github_address_github_has_not_verified_is_not_joined_to_the_account_with_that_address() throws Exception {
        String email = households.register("Hema", ZoneId.of("Asia/Kolkata"));
        Map<String, Object> before = account(email);
        GITHUB.signsInNext(new FakeGitHub.Account(Math.abs(email.hashCode()), "not-hema", "Not Hema",
                List.of(new FakeGitHub.Email(email, true, false))));

        HttpResponse<String> landed = browser.open(app("/oauth2/authorization/github"));

        assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery())
                .isEqualTo("/login?oauth=unverified&provider=github");
        assertThat(account(email)).isEqualTo(before);
        assertThat(count("oauth_identities", "user_id", (Long) before.get("id"))).isZero();
    }

    @Test
    void cancelling_at_the_provider_goes_back_to_the_sign_in_page() throws Exception {
        GITHUB.cancelsNext();

        HttpResponse<String> landed = browser.open(app("/oauth2/authorization/github"));

        assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery())
                .isEqualTo("/login?oauth=failed&provider=github");
    }

    @Test
    void behind_a_tls_proxy_the_provider_is_asked_to_send_the_person_back_to_the_https_address() throws Exception {
        HttpResponse<String> local = browser.send(HttpRequest.newBuilder(app("/oauth2/authorization/google")));
        HttpResponse<String> proxied = browser.send(HttpRequest.newBuilder(app("/oauth2/authorization/google"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "milk.example.com")
                .header("X-Forwarded-For", "203.0.113.7"));

        assertThat(redirectUri(local)).isEqualTo("http://localhost:" + port + "/login/oauth2/code/google");
        assertThat(redirectUri(proxied)).isEqualTo("https://milk.example.com/login/oauth2/code/google");
    }

    @Test
    void csrf_protection_stays_on_for_a_household_signed_in_with_a_provider() throws Exception {
        googleSignsIn(UUID.randomUUID().toString(), "indu-" + UUID.randomUUID() + "@example.com", true, "Indu");
        browser.open(app("/oauth2/authorization/google"));

        HttpResponse<String> forgedSignOut = browser.send(HttpRequest.newBuilder(app("/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(forgedSignOut.statusCode()).isEqualTo(403);
        assertThat(browser.open(app("/dashboard")).statusCode()).as("still signed in").isEqualTo(200);
    }

    private void googleSignsIn(String subject, String email, boolean verified, String name) {
        GOOGLE.enqueueCallback(new DefaultOAuth2TokenCallback("google", subject, "JWT", List.of(GOOGLE_CLIENT_ID),
                Map.of("email", email, "email_verified", verified, "name", name), 3600));
    }

    private static String redirectUri(HttpResponse<String> authorizationRedirect) {
        URI authorization = URI.create(authorizationRedirect.headers().firstValue("Location").orElseThrow());
        assertThat(authorization.getPath()).isEqualTo("/google/authorize");
        return URLDecoder.decode(UriComponentsBuilder.fromUri(authorization).build().getQueryParams()
                .getFirst("redirect_uri"), StandardCharsets.UTF_8);
    }

    private static void actAs(SignedInUser principal, String registrationId) {
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken((OAuth2User) principal,
                principal.getAuthorities(), registrationId));
    }

    private Map<String, Object> account(String email) {
        return jdbc.sql("select id, email, display_name, password_hash, email_verified, version from users "
                        + "where email = :email")
                .param("email", email)
                .query()
                .singleRow();
    }

    private long count(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id").param("id", id)
                .query(Long.class).single();
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Follows redirects across the app and the providers, keeping cookies, as a browser does. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
        private final List<URI> visited = new ArrayList<>();

        /** Opens the address and follows its redirects; the last response's {@code uri()} is where it ended. */
        HttpResponse<String> open(URI address) throws IOException, InterruptedException {
            URI next = address;
            for (int hop = 0; hop < 10; hop++) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(next));
                visited.add(next);
                if (response.statusCode() / 100 != 3) {
                    return response;
                }
                next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            }
            throw new AssertionError("more than 10 redirects: " + visited);
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Who the app's session cookie belongs to, as the session registry has it. */
        SignedInUser principal() {
            String session = cookies.getCookieStore().get(app("/")).stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie after " + visited));
            var information = sessions.getSessionInformation(session);
            assertThat(information).as("a registered session after " + visited).isNotNull();
            return (SignedInUser) information.getPrincipal();
        }
    }
}
