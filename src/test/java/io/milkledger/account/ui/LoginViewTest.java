package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_wrong_email_or_password_gets_the_ordinary_message() {
        LoginView view = visit(Map.of("error", ""));

        assertThat(view.form.isError()).isTrue();
        assertThat(errorTexts(view)).contains("Email or password is not right");
    }

    @Test
    void a_throttled_sign_in_says_how_long_to_wait() {
        LoginView view = visit(Map.of("locked", "120"));

        assertThat(view.form.isError()).isTrue();
        assertThat(errorTexts(view)).contains("Too many failed sign-ins for this email", "Try again in 2 minutes.");
    }

    @Test
    void a_throttled_network_is_named_as_the_reason() {
        LoginView view = visit(Map.of("locked", "2400", "network", ""));

        assertThat(errorTexts(view)).contains("Too many failed sign-ins from your network", "Try again in 40 minutes.");
    }

    @Test
    void a_link_with_a_nonsense_wait_shows_no_throttle_message() {
        LoginView view = visit(Map.of("locked", "soon"));

        assertThat(view.form.isError()).isFalse();
        assertThat(errorTexts(view)).doesNotContain("Too many");
    }

    @Test
    void a_disabled_account_is_told_so_after_its_right_password() {
        LoginView view = visit(Map.of("disabled", ""));

        assertThat(view.form.isError()).isTrue();
        assertThat(errorTexts(view)).contains("This account is disabled", "Ask the person who runs this Milk Ledger");
    }

    @Test
    void without_a_sign_in_provider_set_up_there_are_no_provider_buttons() {
        visit(Map.of());

        assertThat($(ProviderSignInSection.ProviderButtons.class).single().buttons).isEmpty();
    }

    @Test
    void waits_are_told_in_seconds_under_a_minute_and_in_whole_minutes_rounded_up_after() {
        assertThat(LoginView.tryAgainIn(1)).isEqualTo("Try again in 1 second.");
        assertThat(LoginView.tryAgainIn(30)).isEqualTo("Try again in 30 seconds.");
        assertThat(LoginView.tryAgainIn(60)).isEqualTo("Try again in 1 minute.");
        assertThat(LoginView.tryAgainIn(61)).isEqualTo("Try again in 2 minutes.");
        assertThat(LoginView.tryAgainIn(900)).isEqualTo("Try again in 15 minutes.");
    }

    /** Opens the sign-in page with the query parameters Spring's redirect would carry. */
    private LoginView visit(Map<String, String> parameters) {
        UI.getCurrent().navigate("login", QueryParameters.simple(parameters));
        return (LoginView) getCurrentView();
    }

    /** The texts as the browser gets them. */
    private static String errorTexts(LoginView view) {
        return String.valueOf(view.form.getElement().getPropertyRaw("i18n"));
    }
}
