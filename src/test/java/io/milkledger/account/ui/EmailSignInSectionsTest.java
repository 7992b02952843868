package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the email features add to the sign-in page. */
@IntegrationTest
class EmailSignInSectionsTest extends SpringBrowserlessTest {

    @Test
    void an_unconfirmed_sign_in_says_why_and_offers_a_new_link_with_the_same_answer_for_any_email() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("unverified", "")));
        ResendVerification resend = find(ResendVerification.class).single();

        assertThat(resend.isVisible()).isTrue();
        assertThat(resend.why.getText()).isEqualTo(
                "Confirm your email first: we sent a link to your address when you signed up.");
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        test(resend.email).setValue(nobody);
        test(resend.resend).click();
        assertThat(resend.answer.getText()).startsWith("If " + nobody + " belongs to an account waiting for "
                + "confirmation, a new link is on its way.");
    }

    @Test
    void the_resend_form_asks_for_an_email() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("unverified", "")));
        ResendVerification resend = find(ResendVerification.class).single();

        test(resend.resend).click();

        assertThat(resend.email.isInvalid()).isTrue();
        assertThat(resend.answer.isVisible()).isFalse();
    }

    @Test
    void an_ordinary_visit_shows_no_confirmation_notice_but_the_way_to_a_new_password() {
        navigate(LoginView.class);

        assertThat(find(ResendVerification.class).all()).as("only visible ones are found").isEmpty();
        assertThat(find(RouterLink.class).all()).anySatisfy(link -> {
            assertThat(link.getText()).isEqualTo("Forgot your password?");
            assertThat(link.getHref()).isEqualTo("forgot-password");
            assertThat(link.isVisible()).isTrue();
        });
    }
}
