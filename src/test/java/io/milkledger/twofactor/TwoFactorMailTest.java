package io.milkledger.twofactor;

import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import io.milkledger.TestMailServer;
import io.milkledger.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.ZoneId;

import static io.milkledger.TestMailServer.CLOCK;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.mailsAfterASecond;
import static io.milkledger.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's enrolment waits for the link mailed to the admin, and every change to two-factor sign-in is mailed to
 * the owner: through a real SMTP server.
 */
@MailIntegrationTest
class TwoFactorMailTest {

    private static final String CONFIRM = "/two-factor/confirm";

    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TwoFactorConfirmation confirmation;
    @Autowired
    TwoFactorHouseholds enrolled;
    @Autowired
    Households households;

    @AfterEach
    void signOut() {
        Households.signOut();
    }

    @Test
    void an_admins_enrolment_counts_only_once_the_link_mailed_to_the_admin_is_opened() {
        String admin = households.register("Anita Admin", ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
        dropSecondFactor();
        var app = new AuthenticatorApp(twoFactor.startSettingUp(Households.PASSWORD).key());

        assertThat(twoFactor.turnOn(app.codeAt(CLOCK.instant()))).hasSize(10);

        assertThat(twoFactor.isEnabled()).as("before the link").isFalse();
        assertThat(twoFactor.status().waitingForLink()).isTrue();
        assertThat(CurrentUser.passedSecondFactor()).isFalse();
        var link = mailTo(admin, TwoFactorMail.LINK_SUBJECT);
        assertThat(text(link)).contains("If this was not you, do not open the link");
        assertThat(mailsAfterASecond(admin, TwoFactorMail.ON_SUBJECT)).isEmpty();

        assertThat(confirmation.confirm(TestMailServer.token(link, CONFIRM))).isTrue();

        assertThat(twoFactor.isEnabled()).isTrue();
        assertThat(CurrentUser.passedSecondFactor()).as("the admin's own session").isTrue();
        assertThat(mailTo(admin, TwoFactorMail.ON_SUBJECT)).isNotNull();
        assertThat(confirmation.confirm(TestMailServer.token(link, CONFIRM))).as("a second time").isFalse();
    }

    @Test
    void a_link_works_for_an_hour_and_setting_up_again_replaces_it() {
        String admin = households.register("Bala Admin", ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
        var first = new AuthenticatorApp(twoFactor.startSettingUp(Households.PASSWORD).key());
        twoFactor.turnOn(first.codeAt(CLOCK.instant()));
        String replaced = TestMailServer.token(mailTo(admin, TwoFactorMail.LINK_SUBJECT), CONFIRM);

        var second = new AuthenticatorApp(twoFactor.startSettingUp(Households.PASSWORD).key());
        twoFactor.turnOn(second.codeAt(CLOCK.instant()));
        String latest = TestMailServer.token(TestMailServer.mailsTo(admin, TwoFactorMail.LINK_SUBJECT, 2).getLast(),
                CONFIRM);
        assertThat(confirmation.confirm(replaced)).isFalse();

        CLOCK.advance(Duration.ofMinutes(61));
        assertThat(confirmation.confirm(latest)).isFalse();
        assertThat(confirmation.confirm("not a token")).isFalse();
        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void the_owner_hears_of_two_factor_turned_on_new_recovery_codes_and_two_factor_turned_off() {
        var household = enrolled.register("Chitra");
        assertThat(text(mailTo(household.email(), TwoFactorMail.ON_SUBJECT)))
                .contains("Two-factor sign-in is now on", "If this was not you, someone knows your password");
        assertThat(mailsAfterASecond(household.email(), TwoFactorMail.LINK_SUBJECT)).as("no link for a household")
                .isEmpty();
        households.signIn(household.email());

        CLOCK.advance(Duration.ofSeconds(30));
        twoFactor.replaceRecoveryCodes(household.app().codeAt(CLOCK.instant()));
        assertThat(mailTo(household.email(), TwoFactorMail.NEW_CODES_SUBJECT)).isNotNull();

        CLOCK.advance(Duration.ofSeconds(30));
        twoFactor.turnOff(Households.PASSWORD, household.app().codeAt(CLOCK.instant()));
        assertThat(text(mailTo(household.email(), TwoFactorMail.OFF_SUBJECT)))
                .contains("Two-factor sign-in is now off");
    }

    /** As an admin who signed in with the password only, before two-factor sign-in was on. */
    private void dropSecondFactor() {
        var current = SecurityContextHolder.getContext();
        var authentication = current.getAuthentication();
        var withoutCode = authentication.getAuthorities().stream()
                .filter(granted -> !"FACTOR_TOTP".equals(granted.getAuthority()))
                .toList();
        current.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(),
                null, withoutCode));
    }
}
