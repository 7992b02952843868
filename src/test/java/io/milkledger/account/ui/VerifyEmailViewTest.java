package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import io.milkledger.account.RegistrationService;
import io.milkledger.account.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static io.milkledger.TestMailServer.CLOCK;
import static io.milkledger.TestMailServer.VERIFICATION;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.token;
import static org.assertj.core.api.Assertions.assertThat;

@MailIntegrationTest
class VerifyEmailViewTest extends SpringBrowserlessTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_link_from_the_mail_confirms_the_email_and_a_second_visit_says_it_already_is() {
        String email = register();
        String token = token(mailTo(email, VERIFICATION), "/verify-email");

        VerifyEmailView view = open(token);
        assertThat(view.title.getText()).isEqualTo("Email confirmed");
        assertThat(view.message.getText()).contains("Sign in to start your ledger");
        assertThat(verified(email)).isTrue();

        view = open(token);
        assertThat(view.title.getText()).isEqualTo("Email already confirmed");
    }

    @Test
    void an_unknown_link_says_so_and_confirms_nothing() {
        VerifyEmailView view = open("not-a-token");

        assertThat(view.title.getText()).isEqualTo("This link does not work");
        assertThat(view.message.getText()).contains("opened the whole link");
        assertThat(open("").title.getText()).isEqualTo("This link does not work");
    }

    @Test
    void an_expired_link_says_how_long_links_last_and_confirms_nothing() {
        String email = register();
        String token = token(mailTo(email, VERIFICATION), "/verify-email");
        CLOCK.advance(Duration.ofHours(24));

        VerifyEmailView view = open(token);

        assertThat(view.title.getText()).isEqualTo("This link does not work");
        assertThat(view.message.getText()).contains("expired", "24 hours", "send you a new one");
        assertThat(verified(email)).isFalse();
    }

    private String register() {
        String email = "view-" + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("Asha", email, Households.PASSWORD, Households.PASSWORD,
                ZoneId.of("Asia/Kolkata")));
        return email;
    }

    private boolean verified(String email) {
        return jdbc.sql("select email_verified from users where email = ?").param(email).query(Boolean.class)
                .single();
    }

    /** Opens the link as the mail gives it, with the token as a query parameter. */
    private VerifyEmailView open(String token) {
        UI.getCurrent().navigate("verify-email", QueryParameters.simple(Map.of("token", token)));
        return (VerifyEmailView) getCurrentView();
    }
}
