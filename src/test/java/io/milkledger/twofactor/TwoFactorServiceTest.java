package io.milkledger.twofactor;

import io.milkledger.FixedClock;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.base.InvalidInputException;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
@Import(FixedClock.class)
class TwoFactorServiceTest {

    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    TwoFactorSignIn signIn;
    @Autowired
    TwoFactorHouseholds enrolled;
    @Autowired
    Households households;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void it_is_on_only_after_a_right_code_from_the_new_secret() {
        households.registerAndSignIn("Asha");
        Enrolment enrolment = twoFactor.startSettingUp(Households.PASSWORD);
        var app = new AuthenticatorApp(enrolment.key());

        assertThat(twoFactor.isEnabled()).isFalse();
        assertThatThrownBy(() -> twoFactor.turnOn(wrong(app.codeAt(clock.instant()))))
                .isInstanceOf(WrongCodeException.class);
        assertThat(twoFactor.isEnabled()).isFalse();

        List<String> codes = twoFactor.turnOn(app.codeAt(clock.instant()));

        assertThat(twoFactor.isEnabled()).isTrue();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(true, 10, false, true));
    }

    @Test
    void the_qr_code_names_milk_ledger_and_the_email_and_holds_the_key() {
        String email = households.registerAndSignIn("Bala");
        Enrolment enrolment = twoFactor.startSettingUp(Households.PASSWORD);

        assertThat(enrolment.key()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.otpauthUri()).isEqualTo("otpauth://totp/Milk%20Ledger:" + email + "?secret="
                + enrolment.key() + "&issuer=Milk%20Ledger&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void starting_again_replaces_the_secret_so_the_first_one_no_longer_works() {
        households.registerAndSignIn("Chitra");
        var first = new AuthenticatorApp(twoFactor.startSettingUp(Households.PASSWORD).key());
        var second = new AuthenticatorApp(twoFactor.startSettingUp(Households.PASSWORD).key());

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

        assertThatThrownBy(() -> twoFactor.turnOff(Households.PASSWORD,
                wrong(household.app().codeAt(clock.instant()))))
                .isInstanceOf(WrongCodeException.class);
        assertThat(twoFactor.isEnabled()).isTrue();

        twoFactor.turnOff(Households.PASSWORD, household.app().codeAt(clock.instant()));

        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(false, 0, false, true));
        assertThat(rows("two_factor", CurrentUser.id())).isZero();
        assertThat(rows("two_factor_recovery_codes", CurrentUser.id())).isZero();
    }

    @Test
    void a_recovery_code_turns_it_off_too() {
        var household = enrolled.register("Farah");
        households.signIn(household.email());

        twoFactor.turnOff(Households.PASSWORD, household.recoveryCodes().get(3).toUpperCase());

        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void the_code_used_to_turn_it_on_cannot_be_used_again() {
        var household = enrolled.register("Gita");
        households.signIn(household.email());

        assertThatThrownBy(() -> twoFactor.turnOff(Households.PASSWORD, household.app().codeAt(clock.instant())))
                .isInstanceOf(WrongCodeException.class).hasMessageContaining("used already");

        clock.advance(Duration.ofSeconds(30));
        twoFactor.turnOff(Households.PASSWORD, household.app().codeAt(clock.instant()));
        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void new_recovery_codes_replace_the_old_ones_which_stop_working() {
        var household = enrolled.register("Hema");
        households.signIn(household.email());

        List<String> fresh = twoFactor.replaceRecoveryCodes(household.recoveryCodes().getFirst());

        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(household.recoveryCodes());
        assertThatThrownBy(() -> twoFactor.turnOff(Households.PASSWORD, household.recoveryCodes().get(1)))
                .isInstanceOf(WrongCodeException.class);
        twoFactor.turnOff(Households.PASSWORD, fresh.getFirst());
        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void after_five_wrong_codes_in_five_minutes_even_a_right_one_waits_and_is_told_how_long() {
        var household = enrolled.register("Indu");
        households.signIn(household.email());
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> twoFactor.turnOff(Households.PASSWORD, "000000"))
                    .isInstanceOf(WrongCodeException.class);
            clock.advance(Duration.ofSeconds(10));
        }

        assertThatThrownBy(() -> twoFactor.turnOff(Households.PASSWORD, household.app().codeAt(clock.instant())))
                .isInstanceOfSatisfying(TooManyWrongCodesException.class, refused -> {
                    assertThat(refused.waitTime()).isEqualTo(Duration.ofMinutes(5).minusSeconds(50));
                    // turning off takes the password too, and wrong ones count with wrong codes
                    assertThat(refused.getMessage()).isEqualTo("Too many wrong passwords and codes. Try again in 5 "
                            + "minutes.");
                });
        assertThat(twoFactor.isEnabled()).isTrue();

        clock.advance(Duration.ofMinutes(5).minusSeconds(50));
        twoFactor.turnOff(Households.PASSWORD, household.app().codeAt(clock.instant()));
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
                        signIn.finish("000000");
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
        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(false, 0, false, true));
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> twoFactor.isEnabled())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> twoFactor.startSettingUp(Households.PASSWORD))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void setting_up_asks_for_the_password_again_and_a_wrong_one_shows_no_secret() {
        households.registerAndSignIn("Lata");

        assertThatThrownBy(() -> twoFactor.startSettingUp("not my password at all"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("password");
                    assertThat(refused.getMessage()).isEqualTo("That is not your password.");
                });
        assertThat(rows("two_factor", CurrentUser.id())).isZero();
    }

    @Test
    void turning_off_asks_for_the_password_again_even_with_a_right_code() {
        var household = enrolled.register("Mira");
        households.signIn(household.email());
        clock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> twoFactor.turnOff("not my password at all", household.app().codeAt(clock.instant())))
                .isInstanceOf(InvalidInputException.class).hasMessage("That is not your password.");
        assertThat(twoFactor.isEnabled()).isTrue();

        twoFactor.turnOff(Households.PASSWORD, household.app().codeAt(clock.instant()));
        assertThat(twoFactor.isEnabled()).isFalse();
    }

    @Test
    void wrong_passwords_count_with_wrong_codes_so_a_stolen_session_cannot_go_on_guessing() {
        var household = enrolled.register("Neha");
        households.signIn(household.email());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> twoFactor.turnOff("guess " + Math.random(), "000000"))
                    .isInstanceOf(InvalidInputException.class);
        }

        assertThatThrownBy(() -> twoFactor.turnOff(Households.PASSWORD, household.recoveryCodes().getFirst()))
                .isInstanceOf(TooManyWrongCodesException.class)
                .hasMessage("Too many wrong passwords and codes. Try again in 5 minutes.");
        assertThat(twoFactor.isEnabled()).isTrue();
    }

    @Test
    void an_account_without_a_password_is_not_asked_for_one_and_its_enrolment_waits_for_a_link() {
        String email = households.registerAndSignIn("Oviya");
        jdbc.sql("update users set password_hash = null where email = ?").param(email).update();
        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(false, 0, false, false));

        var app = new AuthenticatorApp(twoFactor.startSettingUp("").key());
        assertThat(twoFactor.turnOn(app.codeAt(clock.instant()))).hasSize(10);

        assertThat(twoFactor.isEnabled()).isFalse();
        assertThat(twoFactor.status()).isEqualTo(new TwoFactorStatus(false, 0, true, false));
        assertThat(CurrentUser.passedSecondFactor()).isFalse();
    }

    @Test
    void the_settings_serve_only_a_signed_in_household_and_the_second_step_nobody_signed_in_yet() {
        assertThat(publicMethods(TwoFactorService.class)).isNotEmpty()
                .allSatisfy(method -> assertThat(method.isAnnotationPresent(HouseholdOnly.class))
                        .as(method.getName()).isTrue());
        assertThat(publicMethods(TwoFactorSignIn.class)).isNotEmpty()
                .allSatisfy(method -> assertThat(AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class))
                        .as(method.getName()).isFalse());
    }

    private static List<Method> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods()).filter(method -> Modifier.isPublic(method.getModifiers()))
                .toList();
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
