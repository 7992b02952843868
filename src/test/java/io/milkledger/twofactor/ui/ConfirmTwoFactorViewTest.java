package io.milkledger.twofactor.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import io.milkledger.twofactor.AuthenticatorApp;
import io.milkledger.twofactor.TwoFactorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.util.Map;

import static io.milkledger.TestMailServer.CLOCK;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.token;
import static org.assertj.core.api.Assertions.assertThat;

@MailIntegrationTest
class ConfirmTwoFactorViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    TwoFactorService twoFactor;

    @AfterEach
    void signOut() {
        Households.signOut();
    }

    @Test
    void opening_the_link_changes_nothing_and_the_button_turns_two_factor_sign_in_on() {
        String admin = households.register("Devi Admin", ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
        var app = new AuthenticatorApp(twoFactor.startSettingUp(Households.PASSWORD).key());
        twoFactor.turnOn(app.codeAt(CLOCK.instant()));
        String link = token(mailTo(admin, "Confirm two-factor sign-in for Milk Ledger"), "/two-factor/confirm");

        ConfirmTwoFactorView view = open(link);
        assertThat(view.title.getText()).isEqualTo("Turn on two-factor sign-in?");
        assertThat(twoFactor.isEnabled()).isFalse();

        test(view.confirm).click();
        assertThat(view.title.getText()).isEqualTo("Two-factor sign-in is on");
        assertThat(twoFactor.isEnabled()).isTrue();
    }

    @Test
    void a_link_that_does_not_work_says_so() {
        ConfirmTwoFactorView view = open("a".repeat(43));

        test(view.confirm).click();

        assertThat(view.title.getText()).isEqualTo("This link does not work");
        assertThat(view.confirm.isVisible()).isFalse();
    }

    private ConfirmTwoFactorView open(String token) {
        UI.getCurrent().navigate("two-factor/confirm", QueryParameters.simple(Map.of("token", token)));
        return (ConfirmTwoFactorView) getCurrentView();
    }
}
