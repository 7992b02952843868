package io.milkledger.twofactor.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.account.ui.AccountView;
import io.milkledger.twofactor.AuthenticatorApp;
import io.milkledger.FixedClock;
import io.milkledger.twofactor.TwoFactorHouseholds;
import io.milkledger.twofactor.TwoFactorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(FixedClock.class)
class TwoFactorSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    Households households;
    @Autowired
    TwoFactorHouseholds enrolled;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    MovableClock clock;

    @Test
    void the_account_page_says_two_factor_is_off_and_links_to_setting_it_up() {
        households.registerAndSignIn("Asha");
        navigate(AccountView.class);

        RouterLink link = $(RouterLink.class).withText("Set up two-factor sign-in").single();
        assertThat(link.getHref()).isEqualTo("account/two-factor");
    }

    @Test
    void the_account_page_says_two_factor_is_on_and_links_to_managing_it() {
        var household = enrolled.register("Devi");
        households.signIn(household.email());
        navigate(AccountView.class);

        assertThat($(Paragraph.class).withTextContaining("asks for a code from your authenticator app").exists())
                .isTrue();
        RouterLink link = $(RouterLink.class).withText("Manage two-factor sign-in").single();
        assertThat(link.getHref()).isEqualTo("account/two-factor");
    }

    @Test
    void setting_up_shows_the_qr_code_and_key_and_turns_on_with_the_code_the_app_then_shows() {
        households.registerAndSignIn("Bala");
        TwoFactorSettingsView view = navigate(TwoFactorSettingsView.class);
        assertThat(view.status.getText()).isEqualTo("Two-factor sign-in is off.");

        test(view.password).setValue("not my password at all");
        test(view.setUp).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("That is not your password.");
        assertThat(view.settingUp.isVisible()).isFalse();

        test(view.password).setValue(Households.PASSWORD);
        test(view.setUp).click();
        assertThat(view.settingUp.isVisible()).isTrue();
        assertThat(view.key.getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(view.qrCode.getChildren()).hasSize(1);
        var app = new AuthenticatorApp(view.key.getText());

        test(view.firstCode).setValue("000000".equals(app.codeAt(clock.instant())) ? "111111" : "000000");
        test(view.turnOn).click();
        assertThat(view.firstCode.isInvalid()).isTrue();
        assertThat(twoFactor.isEnabled()).isFalse();

        test(view.firstCode).setValue(app.codeAt(clock.instant()));
        test(view.turnOn).click();
        assertThat(twoFactor.isEnabled()).isTrue();
        assertThat(view.savingCodes.isVisible()).isTrue();
        assertThat(view.recoveryCodes.getChildren()).hasSize(10)
                .allSatisfy(item -> assertThat(((ListItem) item).getText()).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));

        test(view.savedThem).click();
        assertThat(view.status.getText()).isEqualTo("Two-factor sign-in is on. 10 of 10 recovery codes are left.");
        assertThat(view.managing.isVisible()).isTrue();
    }

    @Test
    void turning_off_with_a_wrong_password_or_code_says_so_and_with_right_ones_turns_it_off() {
        var household = enrolled.register("Chitra");
        households.signIn(household.email());
        TwoFactorSettingsView view = navigate(TwoFactorSettingsView.class);
        clock.advance(Duration.ofSeconds(30));

        test(view.confirmCode).setValue(household.app().codeAt(clock.instant()));
        test(view.offPassword).setValue("not my password at all");
        test(view.turnOff).click();
        assertThat(view.offPassword.getErrorMessage()).isEqualTo("That is not your password.");
        assertThat(twoFactor.isEnabled()).isTrue();

        test(view.confirmCode).setValue("12345");
        test(view.offPassword).setValue(Households.PASSWORD);
        test(view.turnOff).click();
        assertThat(view.confirmCode.isInvalid()).isTrue();
        assertThat(view.confirmCode.getErrorMessage()).startsWith("That code is not right.");

        test(view.confirmCode).setValue(household.app().codeAt(clock.instant()));
        test(view.offPassword).setValue(Households.PASSWORD);
        test(view.turnOff).click();
        assertThat(twoFactor.isEnabled()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Two-factor sign-in is off.");
        assertThat(view.setUp.isVisible()).isTrue();
    }

    @Test
    void new_recovery_codes_are_shown_once_after_a_recovery_code() {
        var household = enrolled.register("Devi");
        households.signIn(household.email());
        TwoFactorSettingsView view = navigate(TwoFactorSettingsView.class);

        test(view.confirmCode).setValue(household.recoveryCodes().getFirst());
        test(view.replaceCodes).click();

        assertThat(view.recoveryCodes.getChildren()).hasSize(10);
        assertThat(twoFactor.status().recoveryCodesLeft()).isEqualTo(10);
        assertThat(view.recoveryCodes.getChildren().map(item -> ((ListItem) item).getText()))
                .doesNotContainAnyElementsOf(household.recoveryCodes());
    }
}
