package io.milkledger.badinput;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.AccountService;
import io.milkledger.account.ui.AccountView;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

/**
 * Registration, sign-in, the forgotten-password and email links, and the account page: bad names, emails,
 * passwords and links get a message at the field or on the page, and no account is created or changed.
 */
@IntegrationTest
class AccountBadInputTest extends BadInputUiTest {

    private static final String GOOD_PASSWORD = "a jug of milk at dawn";

    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    static Stream<Named<String>> badNames() {
        return Stream.concat(BadValues.blank(), BadValues.unusableText());
    }

    static Stream<Named<String>> badEmails() {
        return Stream.concat(BadValues.blank(), Stream.of(
                named("10,000 characters", BadValues.TEN_THOUSAND_CHARACTERS + "@example.com"),
                named("a NUL character", "lata\u0000@example.com"),
                named("control characters", "lata\u0007\u001B@example.com"),
                named("a right-to-left override", "lata\u202E@example.com"),
                named("no at sign", "lata.example.com"),
                named("two at signs", "lata@@example.com"),
                named("SQL", "' or '1'='1' --@example.com"),
                named("a space inside", "lata kumari@example.com")));
    }

    static Stream<Named<String>> badPasswords() {
        return Stream.concat(BadValues.blank(), Stream.of(
                named("10,000 characters", BadValues.TEN_THOUSAND_CHARACTERS),
                named("nine characters", "milkmilk1")));
    }

    static Stream<Named<String>> badLookups() {
        return Stream.of(
                named("10,000 characters", BadValues.TEN_THOUSAND_CHARACTERS),
                named("a NUL character", "ravi\u0000@example.com"),
                named("control characters", "ravi\u0007\u001B@example.com"),
                named("SQL", "' or '1'='1' --"),
                named("HTML and script", "<script>alert(1)</script>@example.com"));
    }

    static Stream<Named<String>> badTokens() {
        return Stream.of(
                named("no token", ""),
                named("only spaces", "   "),
                named("a short junk token", "abc"),
                named("a NUL character", "abc\u0000def"),
                named("an encoded NUL", "%00"),
                named("SQL", "' or '1'='1"),
                named("10,000 characters", BadValues.TEN_THOUSAND_CHARACTERS),
                named("HTML and script", "<script>alert(1)</script>"));
    }

    // registration

    @ParameterizedTest(name = "registering with the name {0} is refused at the name field and no account is made")
    @MethodSource("badNames")
    void a_bad_name_is_refused_at_registration(String name) {
        openRegistration();
        register(name, "lata-" + System.nanoTime() + "@example.com", GOOD_PASSWORD);

        assertRefused(field(TextField.class, "Name"));
    }

    @ParameterizedTest(name = "registering with the email {0} is refused at the email field and no account is made")
    @MethodSource("badEmails")
    void a_bad_email_is_refused_at_registration(String email) {
        openRegistration();
        register("Lata", email, GOOD_PASSWORD);

        assertRefused(field(EmailField.class, "Email"));
    }

    @ParameterizedTest(name = "registering with the password {0} is refused at the password field and no account is made")
    @MethodSource("badPasswords")
    void a_bad_password_is_refused_at_registration(String password) {
        openRegistration();
        register("Lata", "lata-" + System.nanoTime() + "@example.com", password);

        assertRefused(field(PasswordField.class, "Password"));
    }

    // signing in, forgotten passwords and email links

    @ParameterizedTest(name = "signing in with the email {0} is refused as wrong credentials")
    @MethodSource("badLookups")
    void signing_in_with_a_bad_email_is_refused_as_wrong_credentials(String email) throws Exception {
        AuthenticationManager authentication = authenticationConfiguration.getAuthenticationManager();
        remember();

        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, GOOD_PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @ParameterizedTest(name = "asking for a new password with the email {0} gets the usual answer and sends nothing")
    @MethodSource("badLookups")
    void a_bad_email_for_a_forgotten_password_gets_the_usual_answer(String email) {
        navigate("forgot-password", Component.class);
        remember();
        test(field(TextField.class, "Email")).setValue(email);
        click("Send me a link");

        assertThat($(Paragraph.class).withTextContaining("belongs to an account").exists()).isTrue();
        assertNothingStored();
    }

    @ParameterizedTest(name = "asking for a new password with the email {0} is refused at the email field")
    @MethodSource("blank")
    void a_blank_email_for_a_forgotten_password_is_refused(String email) {
        navigate("forgot-password", Component.class);
        remember();
        test(field(TextField.class, "Email")).setValue(email);
        click("Send me a link");

        assertRefused(field(TextField.class, "Email"));
    }

    static Stream<Named<String>> blank() {
        return BadValues.blank();
    }

    @ParameterizedTest(name = "a password-reset link with {0} as its token says the link does not work")
    @MethodSource("badTokens")
    void a_junk_reset_link_says_it_does_not_work(String token) {
        remember();
        UI.getCurrent().navigate("reset-password", QueryParameters.simple(Map.of("token", token)));

        assertThat($(Paragraph.class).withTextContaining("opened the whole link").exists()).isTrue();
        assertThat($(PasswordField.class).withLabel("New password").exists()).as("the password form").isFalse();
        assertNothingStored();
    }

    @ParameterizedTest(name = "an email confirmation link with {0} as its token says the link does not work")
    @MethodSource("badTokens")
    void a_junk_confirmation_link_says_it_does_not_work(String token) {
        remember();
        UI.getCurrent().navigate("verify-email", QueryParameters.simple(Map.of("token", token)));

        assertThat($(Paragraph.class).withTextContaining("opened the whole link").exists()).isTrue();
        assertNothingStored();
    }

    // the account page

    @ParameterizedTest(name = "renaming to {0} is refused at the name field and the name stays")
    @MethodSource("badNames")
    void a_bad_new_name_is_refused(String name) {
        openAccount();
        test(field(TextField.class, "Name")).setValue(name);
        click("Save name");

        assertRefused(field(TextField.class, "Name"));
        assertThat(accounts.settings().displayName()).isEqualTo("Lata");
    }

    @ParameterizedTest(name = "changing to the password {0} is refused at the new password field")
    @MethodSource("badPasswords")
    void a_bad_new_password_is_refused(String password) {
        openAccount();
        test(field(PasswordField.class, "Current password")).setValue(Households.PASSWORD);
        test(field(PasswordField.class, "New password")).setValue(password);
        test(field(PasswordField.class, "Confirm new password")).setValue(password);
        click("Change password");

        assertRefused(field(PasswordField.class, "New password"));
    }

    @ParameterizedTest(name = "confirming the deletion with {0} is refused and the account stays")
    @MethodSource("badLookups")
    void deleting_with_a_bad_confirmation_is_refused(String typed) {
        openAccount();
        test(field(TextField.class, "Type your email to confirm")).setValue(typed);
        click("Delete my account and all its data");
        test($(ConfirmDialog.class).single()).confirm();

        assertRefused(field(TextField.class, "Type your email to confirm"));
    }

    private void openRegistration() {
        navigate("register", Component.class);
        remember();
    }

    private void register(String name, String email, String password) {
        test(field(TextField.class, "Name")).setValue(name);
        test(field(EmailField.class, "Email")).setValue(email);
        test(field(PasswordField.class, "Password")).setValue(password);
        test(field(PasswordField.class, "Confirm password")).setValue(password);
        click("Create account");
    }

    private void openAccount() {
        households.registerAndSignIn("Lata");
        navigate(AccountView.class);
        remember();
    }

    private void assertRefused(com.vaadin.flow.component.HasValidation field) {
        assertThat(field.isInvalid()).as("the field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).as("the field's message").isNotBlank();
        assertNothingStored();
    }
}
