package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    @Test
    void after_signing_up_the_household_is_asked_to_check_its_email() {
        String email = "new-" + UUID.randomUUID() + "@example.com";
        RegisterView view = navigate(RegisterView.class);

        test(view.name).setValue("Asha Rao");
        test(view.email).setValue(email);
        test(view.password).setValue(Households.PASSWORD);
        test(view.confirmPassword).setValue(Households.PASSWORD);
        test(view.createAccount).click();

        assertThat(find(H1.class).single().getText()).isEqualTo("Check your email");
        assertThat(find(Paragraph.class).all()).anySatisfy(paragraph -> assertThat(paragraph.getText())
                .startsWith("We sent an email to " + email + ". Open the link in it to confirm your address"));
    }

    @Test
    void signing_up_with_a_registered_email_shows_the_same_page() {
        String registered = households.register("Ravi", ZoneId.of("Asia/Kolkata"));
        // a day later, as far as the limit on sign-ups per address is concerned
        jdbc.sql("delete from registration_attempts where email = ?").param(registered).update();
        RegisterView view = navigate(RegisterView.class);

        test(view.name).setValue("Not Ravi");
        test(view.email).setValue(registered.toUpperCase());
        test(view.password).setValue("a stranger's long passphrase");
        test(view.confirmPassword).setValue("a stranger's long passphrase");
        test(view.createAccount).click();

        assertThat(view.email.isInvalid()).isFalse();
        assertThat(find(H1.class).single().getText()).isEqualTo("Check your email");
        assertThat(find(Paragraph.class).all()).anySatisfy(paragraph -> assertThat(paragraph.getText())
                .startsWith("We sent an email to " + registered.toUpperCase() + "."));
    }

    @Test
    void a_refused_sign_up_stays_on_the_form() {
        RegisterView view = navigate(RegisterView.class);

        test(view.name).setValue("Asha Rao");
        test(view.email).setValue("not-an-email");
        test(view.password).setValue(Households.PASSWORD);
        test(view.confirmPassword).setValue(Households.PASSWORD);
        test(view.createAccount).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(find(H1.class).single().getText()).isEqualTo("Create your ledger");
    }
}
