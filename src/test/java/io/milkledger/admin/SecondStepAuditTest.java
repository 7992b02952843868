package io.milkledger.admin;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.security.CurrentUser;
import io.milkledger.twofactor.AuthenticatorApp;
import io.milkledger.FixedClock;
import io.milkledger.twofactor.TwoFactorHouseholds;
import io.milkledger.twofactor.TwoFactorService;
import io.milkledger.twofactor.TwoFactorSignIn;
import io.milkledger.twofactor.WrongCodeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The code after the password lands in the audit log too; and a household that turns two-factor sign-in on has a
 * session that counts as having passed a code, which admin pages need.
 */
@IntegrationTest
@Import(FixedClock.class)
class SecondStepAuditTest {

    @Autowired
    TwoFactorHouseholds enrolled;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TwoFactorSignIn secondStep;
    @Autowired
    Households households;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_wrong_code_and_a_right_code_are_logged() {
        var household = enrolled.register("Asha");
        clock.advance(Duration.ofSeconds(30));
        enrolled.passPassword(household.email());

        assertThatThrownBy(() -> secondStep.finish("000000".equals(household.app().codeAt(clock.instant()))
                ? "111111" : "000000")).isInstanceOf(WrongCodeException.class);
        secondStep.finish(household.app().codeAt(clock.instant()));

        assertThat(lines(household.email())).containsExactly(
                "SIGN_IN_CODE with authenticator code",
                "SIGN_IN_FAILED wrong authenticator code");
    }

    @Test
    void turning_two_factor_on_gives_the_session_the_code_factor_and_turning_it_off_takes_it_away() {
        var household = enrolled.register("Ravi");
        households.signIn(household.email());
        assertThat(CurrentUser.passedSecondFactor()).as("a fresh password-only session").isFalse();

        clock.advance(Duration.ofSeconds(30));
        twoFactor.turnOff(Households.PASSWORD, household.app().codeAt(clock.instant()));
        assertThat(CurrentUser.passedSecondFactor()).isFalse();

        var setUp = twoFactor.startSettingUp(Households.PASSWORD);
        twoFactor.turnOn(new AuthenticatorApp(setUp.key()).codeAt(clock.instant()));
        assertThat(CurrentUser.passedSecondFactor()).isTrue();
    }

    private List<String> lines(String email) {
        return jdbc.sql("""
                        select action || ' ' || detail from audit_events
                        where target_email = ? and action like 'SIGN_IN%' order by id desc""")
                .param(email).query(String.class).list();
    }
}
