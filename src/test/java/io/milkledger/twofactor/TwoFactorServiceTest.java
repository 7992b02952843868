package io.milkledger.twofactor;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setting up and turning off two-factor sign-in through the service, on real PostgreSQL. */
@IntegrationTest
@Import(TwoFactorClock.class)
class TwoFactorServiceTest {

    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TwoFactorHouseholds enrolled;
    @Autowired
    Households households;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Households.signOut();
    }

    @Test
    void it_is_on_only_after_a_right_code_from_the_new_secret() {
        households.registerAndSignIn("Asha");
        Enrolment enrolment = twoFactor.startSettingUp();
        var app = new AuthenticatorApp(enrolment.key());

        assertThat(twoFactor.isEnabled()).isFalse();
        assertThatThrownBy(() -> twoFactor.turnOn(wrong(app.codeAt(clock.instant()))))
                .isInstanceOf(WrongCodeException.class);
        assertThat(twoFactor.isEnabled()).isFalse();

        List<String> codes = twoFactor.turnOn(app.codeAt(clock.instant()));

        assertThat(twoFactor.isEnabled()).isTrue();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(true, 10));
    }

    @Test
    void the_qr_code_names_milk_ledger_and_the_email_and_holds_the_key() {
        String email = households.registerAndSignIn("Bala");
        Enrolment enrolment = twoFactor.startSettingUp();

        assertThat(enrolment.key()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.otpauthUri()).isEqualTo("otpauth://totp/Milk%20Ledger:" + email + "?secret="
                + enrolment.key() + "&issuer=Milk%20Ledger&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void starting_again_replaces_the_secret_so_the_first_one_no_longer_works() {
        households.registerAndSignIn("Chitra");
        var first = new AuthenticatorApp(twoFactor.startSettingUp().key());
        var second = new AuthenticatorApp(twoFactor.startSettingUp().key());

        assertThatThrownBy(() -> twoFactor.turnOn(first.codeAt(clock.instant())))
                .isInstanceOf(WrongCodeException.class);
        assertThat(twoFactor.turnOn(second.codeAt(clock.instant()))).hasSize(10);
    }

    @Test
    void only_the_hashes_of_the_recovery_codes_are_stored_and_the_secret_not_in_clear_form() {
        var household = enrolled.register("Devi");
        households.signIn(household.email());
        long id = CurrentUser.id();

        List<String> hashes = jdbc.sql("select code_hash from two_factor_recovery_codes where user_id = :id")
                .param("id", id).query(String.class).list();
        assertThat(hashes).hasSize(10).doesNotContainAnyElementsOf(household.recoveryCodes())
                .containsExactlyInAnyOrderElementsOf(household.recoveryCodes().stream().map(RecoveryCodes::hash)
                        .toList());
    }

    @Test
    void turning_off_needs_a_right_code_and_then_deletes_secret_and_recovery_codes() {
        var household = enrolled.register("Esha");
        households.signIn(household.email());
        clock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> twoFactor.turnOff(wrong(household.app().codeAt(clock.instant()))))
                .isInstanceOf(WrongCodeException.class);
        assertThat(twoFactor.isEnabled()).isTrue();

        twoFactor.turnOff(household.app().codeAt(clock.instant()));

        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(false, 0));
        assertThat(rows("two_factor", CurrentUser.id())).isZero();
        assertThat(rows("two_factor_recovery_codes", CurrentUser.id())).isZero();
    }

    @Test
    void a_recovery_code_turns_it_off_too() {
        var household = enrolled.register("Farah");
        households.signIn(household.email());

        twoFactor.turnOff(household.recoveryCodes().get(3).toUpperCase());

        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void the_code_used_to_turn_it_on_cannot_be_used_again() {
        var household = enrolled.register("Gita");
        households.signIn(household.email());

        assertThatThrownBy(() -> twoFactor.turnOff(household.app().codeAt(clock.instant())))
                .isInstanceOf(WrongCodeException.class).hasMessageContaining("used already");

        clock.advance(Duration.ofSeconds(30));
        twoFactor.turnOff(household.app().codeAt(clock.instant()));
        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void new_recovery_codes_replace_the_old_ones_which_stop_working() {
        var household = enrolled.register("Hema");
        households.signIn(household.email());

        List<String> fresh = twoFactor.replaceRecoveryCodes(household.recoveryCodes().getFirst());

        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(household.recoveryCodes());
        assertThatThrownBy(() -> twoFactor.turnOff(household.recoveryCodes().get(1)))
                .isInstanceOf(WrongCodeException.class);
        twoFactor.turnOff(fresh.getFirst());
        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void after_five_wrong_codes_in_five_minutes_even_a_right_one_waits_and_is_told_how_long() {
        var household = enrolled.register("Indu");
        households.signIn(household.email());
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> twoFactor.turnOff("000000")).isInstanceOf(WrongCodeException.class);
            clock.advance(Duration.ofSeconds(10));
        }

        assertThatThrownBy(() -> twoFactor.turnOff(household.app().codeAt(clock.instant())))
                .isInstanceOfSatisfying(TooManyWrongCodesException.class, refused -> {
                    assertThat(refused.waitTime()).isEqualTo(Duration.ofMinutes(5).minusSeconds(50));
                    assertThat(refused.getMessage()).isEqualTo("Too many wrong codes. Try again in 5 minutes.");
                });
        assertThat(twoFactor.isEnabled()).isTrue();

        clock.advance(Duration.ofMinutes(5).minusSeconds(50));
        twoFactor.turnOff(household.app().codeAt(clock.instant()));
        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void thirty_wrong_codes_at_once_in_as_many_half_done_sign_ins_get_no_more_checks_than_five() throws Exception {
        var household = enrolled.register("Jyoti");
        clock.advance(Duration.ofSeconds(30));
        int attempts = 30;
        ExecutorService browsers = Executors.newFixedThreadPool(attempts);
        CountDownLatch together = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                outcomes.add(browsers.submit(() -> {
                    // each thread a session that passed the password and waits for the code
                    enrolled.passPassword(household.email());
                    together.await();
                    try {
                        twoFactor.finishSignIn("000000");
                        return "signed in";
                    } catch (WrongCodeException checked) {
                        return "checked";
                    } catch (TooManyWrongCodesException refused) {
                        return "refused";
                    } finally {
                        Households.signOut();
                    }
                }));
            }
            together.countDown();
            Map<String, Integer> counts = new HashMap<>();
            for (Future<String> outcome : outcomes) {
                counts.merge(outcome.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }

            assertThat(counts).containsOnlyKeys("checked", "refused").containsEntry("checked", 5)
                    .containsEntry("refused", attempts - 5);
        } finally {
            browsers.shutdownNow();
        }
    }

    @Test
    void each_household_sees_only_its_own_two_factor_sign_in() {
        enrolled.register("Jaya");
        households.registerAndSignIn("Kala");

        assertThat(twoFactor.isEnabled()).isFalse();
        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(false, 0));
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> twoFactor.isEnabled())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> twoFactor.startSettingUp())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long rows(String table, long accountId) {
        return jdbc.sql("select count(*) from " + table + " where user_id = :id").param("id", accountId)
                .query(Long.class).single();
    }

    /** Another code of the same length. */
    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
