package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import io.milkledger.IntegrationTest;
import io.milkledger.account.ui.ProviderSignInSection.ProviderButtons;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page of a deployment with both providers set up, GitHub under the old app's variable names. */
@IntegrationTest
@TestPropertySource(properties = {"GOOGLE_CLIENT_ID=google-client", "GOOGLE_CLIENT_SECRET=google-secret",
        "GHCLIENT_ID=github-client", "GHCLIENT_SECRET=github-secret"})
class ProviderSignInSectionTest extends SpringBrowserlessTest {

    @Test
    void the_sign_in_page_offers_google_and_github_below_the_password_form() {
        ProviderButtons section = visit(Map.of());

        assertThat(section.buttons).extracting(Anchor::getText)
                .containsExactly("Sign in with Google", "Sign in with GitHub");
        assertThat(section.buttons).extracting(Anchor::getHref)
                .containsExactly("oauth2/authorization/google", "oauth2/authorization/github");
        // Spring Security answers these addresses, so the browser must load them instead of Vaadin's router
        assertThat(section.buttons).allMatch(Anchor::isRouterIgnore);
        assertThat(section.problem.isVisible()).isFalse();
    }

    @Test
    void an_unverified_github_email_is_explained_on_the_sign_in_page() {
        ProviderButtons section = visit(Map.of("oauth", "unverified", "provider", "github"));

        assertThat(section.problem.isVisible()).isTrue();
        assertThat(section.problem.getText()).isEqualTo("GitHub has not verified your email address, so Milk Ledger "
                + "cannot sign you in with it, and nothing was stored. Verify it at GitHub (or make a verified address "
                + "your primary one), then try again, or sign in with your email and password.");
        assertThat(visit(Map.of("oauth", "unverified", "provider", "google")).problem.getText())
                .startsWith("Google has not verified your email address").contains("Verify it at Google, then");
    }

    @Test
    void a_provider_without_an_email_and_a_failed_sign_in_are_told_apart() {
        assertThat(visit(Map.of("oauth", "no-email", "provider", "github")).problem.getText())
                .startsWith("GitHub did not give Milk Ledger an email address");
        assertThat(visit(Map.of("oauth", "failed", "provider", "google")).problem.getText())
                .isEqualTo("Signing in with Google did not work. Try again, or sign in with your password.");
    }

    @Test
    void an_edited_link_naming_no_known_provider_gets_the_general_message() {
        assertThat(visit(Map.of("oauth", "unverified", "provider", "<script>")).problem.getText())
                .isEqualTo("Signing in did not work. Try again, or sign in with your password.");
    }

    /** Opens the sign-in page as a provider sign-in's redirect would, and returns the provider section. */
    private ProviderButtons visit(Map<String, String> parameters) {
        UI.getCurrent().navigate("login", QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        return $(ProviderButtons.class).single();
    }
}
