package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import io.milkledger.account.EmailLinkStatus;
import io.milkledger.account.PasswordResetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static io.milkledger.TestMailServer.CLOCK;
import static io.milkledger.TestMailServer.RESET;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.token;
import static org.assertj.core.api.Assertions.assertThat;

@MailIntegrationTest
class ResetPasswordViewTest extends SpringBrowserlessTest {

    private static final String NEW_PASSWORD = "a new jug on the step";

    @Autowired
    Households households;
    @Autowired
    PasswordResetService resets;

    @Test
    void a_new_password_is_saved_from_the_link_in_the_mail() {
        String token = resetLink();
        ResetPasswordView view = open(token);

        test(view.newPassword).setValue(NEW_PASSWORD);
        test(view.confirmPassword).setValue(NEW_PASSWORD);
        test(view.save).click();

        assertThat(view.title.getText()).isEqualTo("Password changed");
        assertThat(view.message.getText()).contains("signed out");
        assertThat(resets.linkStatus(token)).isEqualTo(EmailLinkStatus.ALREADY_USED);
    }

    @Test
    void mismatched_passwords_are_refused_at_the_confirmation_and_the_link_keeps_working() {
        String token = resetLink();
        ResetPasswordView view = open(token);

        test(view.newPassword).setValue(NEW_PASSWORD);
        test(view.confirmPassword).setValue(NEW_PASSWORD + "!");
        test(view.save).click();

        assertThat(view.confirmPassword.isInvalid()).isTrue();
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(view.title.getText()).isEqualTo("Choose a new password");
        assertThat(resets.linkStatus(token)).isEqualTo(EmailLinkStatus.WORKS);
    }

    @Test
    void a_weak_password_is_refused_at_its_field() {
        ResetPasswordView view = open(resetLink());

        test(view.newPassword).setValue("password1234");
        test(view.confirmPassword).setValue("password1234");
        test(view.save).click();

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).contains("too common");
    }

    @Test
    void a_bad_link_says_so_and_shows_no_form() {
        ResetPasswordView view = open("tampered");

        assertThat(view.title.getText()).isEqualTo("This link does not work");
        assertThat(view.message.getText()).contains("opened the whole link");
        assertThat(find(PasswordField.class).all()).as("only visible fields are found").isEmpty();
    }

    @Test
    void an_expired_link_says_links_last_an_hour() {
        String token = resetLink();
        CLOCK.advance(Duration.ofHours(1));

        ResetPasswordView view = open(token);

        assertThat(view.title.getText()).isEqualTo("This link does not work");
        assertThat(view.message.getText()).contains("expired", "an hour");
    }

    private String resetLink() {
        String email = households.register("Ravi", ZoneId.of("Asia/Kolkata"));
        resets.requestReset(email);
        return token(mailTo(email, RESET), "/reset-password");
    }

    /** Opens the link as the mail gives it, with the token as a query parameter. */
    private ResetPasswordView open(String token) {
        UI.getCurrent().navigate("reset-password", QueryParameters.simple(Map.of("token", token)));
        return (ResetPasswordView) getCurrentView();
    }
}
