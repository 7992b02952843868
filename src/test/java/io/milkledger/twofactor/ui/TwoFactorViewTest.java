package io.milkledger.twofactor.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.account.ui.LoginView;
import io.milkledger.dashboard.ui.DashboardView;
import io.milkledger.delivery.LedgerService;
import io.milkledger.security.CurrentUser;
import io.milkledger.FixedClock;
import io.milkledger.twofactor.TwoFactorHouseholds;
import io.milkledger.twofactor.TwoFactorHouseholds.Enrolled;
import io.milkledger.twofactor.TwoFactorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(FixedClock.class)
class TwoFactorViewTest extends SpringBrowserlessTest {

    @Autowired
    TwoFactorHouseholds enrolled;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    LedgerService ledger;
    @Autowired
    MovableClock clock;

    private Enrolled household;

    @BeforeEach
    void passThePassword() {
        household = enrolled.register("Nila");
        clock.advance(Duration.ofSeconds(30));
        enrolled.passPassword(household.email());
    }

    @Test
    void the_page_asks_for_the_code_of_the_account_signing_in() {
        TwoFactorView view = navigate(TwoFactorView.class);

        assertThat(view.who.getText()).isEqualTo("Signing in as " + household.email());
        assertThat(view.code.isVisible()).isTrue();
        assertThat(view.code.getLabel()).isEqualTo("Code from your authenticator app");
        assertThat(view.recoveryCode.isVisible()).isFalse();
    }

    @Test
    void a_wrong_code_is_refused_with_a_message_and_the_session_stays_waiting() {
        TwoFactorView view = navigate(TwoFactorView.class);

        test(view.code).setValue(otherThan(household.app().codeAt(clock.instant())));
        test(view.signIn).click();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo(
                "That code is not right. Type the 6 digits your app shows for Milk Ledger now.");
        assertThat(CurrentUser.get()).isEmpty();
        assertThatThrownBy(() -> ledger.summary(YearMonth.of(2031, 3))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_right_code_signs_the_household_in() {
        TwoFactorView view = navigate(TwoFactorView.class);

        test(view.code).setValue(household.app().codeAt(clock.instant()));
        test(view.signIn).click();

        assertThat(view.code.isInvalid()).isFalse();
        assertThat(CurrentUser.get()).hasValueSatisfying(user ->
                assertThat(user.getUsername()).isEqualTo(household.email()));
        assertThat(ledger.summary(YearMonth.of(2031, 3)).deliveryDays()).isZero();
    }

    @Test
    void a_recovery_code_can_be_given_instead() {
        TwoFactorView view = navigate(TwoFactorView.class);

        test(view.useRecoveryCode).click();
        assertThat(view.recoveryCode.isVisible()).isTrue();
        assertThat(view.code.isVisible()).isFalse();
        test(view.recoveryCode).setValue(household.recoveryCodes().get(5));
        test(view.signIn).click();

        assertThat(CurrentUser.get()).isPresent();
        assertThat(twoFactor.status().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void after_five_wrong_codes_the_page_says_how_long_to_wait() {
        TwoFactorView view = navigate(TwoFactorView.class);
        String wrong = otherThan(household.app().codeAt(clock.instant()));
        for (int i = 0; i < 5; i++) {
            test(view.code).setValue(wrong);
            test(view.signIn).click();
        }

        test(view.code).setValue(household.app().codeAt(clock.instant()));
        test(view.signIn).click();

        assertThat(view.code.getErrorMessage()).isEqualTo("Too many wrong codes. Try again in 5 minutes.");
        assertThat(CurrentUser.get()).isEmpty();
    }

    @Test
    void the_app_pages_send_a_session_waiting_for_its_code_to_the_code_page() {
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(getCurrentView()).isInstanceOf(TwoFactorView.class);
    }

    @Test
    void without_a_sign_in_waiting_the_page_sends_the_visitor_to_sign_in() {
        Households.signOut();

        UI.getCurrent().navigate(TwoFactorView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    /** Another six digits. */
    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
