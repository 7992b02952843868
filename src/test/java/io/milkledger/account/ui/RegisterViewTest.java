package io.milkledger.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegisterViewTest extends SpringBrowserlessTest {

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
                .isEqualTo("We sent a link to " + email + ". Open it to confirm your address, then sign in."));
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
