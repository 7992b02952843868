package io.milkledger.badinput;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.twofactor.TwoFactorService;
import io.milkledger.twofactor.ui.TwoFactorSettingsView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/** Setting up two-factor sign-in: a code that is not the app's is refused at the code field, and it stays off. */
@IntegrationTest
class TwoFactorBadInputTest extends BadInputUiTest {

    @Autowired
    TwoFactorService twoFactor;

    @BeforeEach
    void startSettingUp() {
        households.registerAndSignIn("Meera");
        navigate(TwoFactorSettingsView.class);
        test(field(PasswordField.class, "Your password")).setValue(Households.PASSWORD);
        click("Set up two-factor sign-in");
        remember();
    }

    static Stream<Named<String>> badCodes() {
        return Stream.concat(BadValues.blank(), Stream.of(
                named("letters", "abcdef"),
                named("five digits", "12345"),
                named("seven digits", "1234567"),
                named("a NUL character", "123\u0000456"),
                named("10,000 digits", "1".repeat(10_000)),
                named("SQL", "' or 1=1 --"),
                named("emoji", "🥛🥛🥛🥛🥛🥛")));
    }

    @ParameterizedTest(name = "a first code of {0} is refused at the code field and two-factor stays off")
    @MethodSource("badCodes")
    void a_bad_first_code_is_refused(String code) {
        TextField field = field(TextField.class, "Code from your authenticator app");
        test(field).setValue(code);
        click("Turn on");

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isNotBlank();
        assertThat(twoFactor.isEnabled()).isFalse();
        assertNothingStored();
    }
}
