package io.milkledger.badinput;

import com.vaadin.flow.component.textfield.TextField;
import io.milkledger.IntegrationTest;
import io.milkledger.MovableClock;
import io.milkledger.security.CurrentUser;
import io.milkledger.FixedClock;
import io.milkledger.twofactor.TwoFactorHouseholds;
import io.milkledger.twofactor.ui.TwoFactorView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * The second step of signing in: a code or recovery code that is not one is refused at its field, and the
 * household stays signed out. The same context as the other two-factor sign-in tests (their clock).
 */
@IntegrationTest
@Import(FixedClock.class)
class TwoFactorSignInBadInputTest extends BadInputUiTest {

    @Autowired
    TwoFactorHouseholds enrolled;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void passThePassword() {
        var household = enrolled.register("Nila");
        clock.advance(Duration.ofSeconds(30));
        enrolled.passPassword(household.email());
        navigate(TwoFactorView.class);
        remember();
    }

    static Stream<Named<String>> badCodes() {
        return Stream.concat(BadValues.blank(), Stream.of(
                named("letters", "abcdef"),
                named("seven digits", "1234567"),
                named("a NUL character", "123\u0000456"),
                named("10,000 digits", "1".repeat(10_000)),
                named("SQL", "' or 1=1 --"),
                named("emoji", "🥛🥛🥛🥛🥛🥛")));
    }

    static Stream<Named<String>> badRecoveryCodes() {
        return Stream.concat(BadValues.blank(), Stream.of(
                named("the placeholder", "xxxx-xxxx-xxxx-xxxx"),
                named("a NUL character", "abcd-\u0000efg-hijk-lmno"),
                named("10,000 characters", BadValues.TEN_THOUSAND_CHARACTERS),
                named("SQL", "' or '1'='1"),
                named("control characters", "abcd\u0007efgh\u001Bijkl")));
    }

    @ParameterizedTest(name = "a code of {0} is refused at the code field and nobody is signed in")
    @MethodSource("badCodes")
    void a_bad_code_is_refused(String code) {
        TextField field = field(TextField.class, "Code from your authenticator app");
        test(field).setValue(code);
        click("Sign in");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
        assertThat(CurrentUser.get()).isEmpty();
        assertNothingStored();
    }

    @ParameterizedTest(name = "a recovery code of {0} is refused at its field and nobody is signed in")
    @MethodSource("badRecoveryCodes")
    void a_bad_recovery_code_is_refused(String code) {
        click("Use a recovery code");
        TextField field = field(TextField.class, "Recovery code");
        test(field).setValue(code);
        click("Sign in");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
        assertThat(CurrentUser.get()).isEmpty();
        assertNothingStored();
    }
}
