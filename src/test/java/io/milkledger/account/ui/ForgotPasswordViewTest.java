package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.util.UUID;

import static io.milkledger.TestMailServer.RESET;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.mailsAfterASecond;
import static org.assertj.core.api.Assertions.assertThat;

@MailIntegrationTest
class ForgotPasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;

    @Test
    void a_known_and_an_unknown_email_get_the_same_answer_and_only_the_known_one_a_mail() {
        String email = households.register("Devi", ZoneId.of("Asia/Kolkata"));
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";

        String known = answerFor(email).replace(email, "EMAIL");
        String unknown = answerFor(nobody).replace(nobody, "EMAIL");

        assertThat(known).isEqualTo(unknown).contains("on its way", "an hour");
        assertThat(mailTo(email, RESET)).isNotNull();
        assertThat(mailsAfterASecond(nobody, RESET)).isEmpty();
    }

    @Test
    void a_blank_email_is_asked_for() {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);

        test(view.send).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.answer.isVisible()).isFalse();
    }

    private String answerFor(String email) {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(email);
        test(view.send).click();
        assertThat(view.answer.isVisible()).isTrue();
        return view.answer.getText();
    }
}
