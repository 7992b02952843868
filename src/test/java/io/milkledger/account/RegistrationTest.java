package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import io.milkledger.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import static io.milkledger.TestMailServer.CLOCK;
import static io.milkledger.TestMailServer.VERIFICATION;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.mailsAfterASecond;
import static io.milkledger.TestMailServer.mailsTo;
import static io.milkledger.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MailIntegrationTest
class RegistrationTest {

    static final String SOMEONE_TRIED = "Someone tried to sign up with your email for Milk Ledger";

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired
    RegistrationService registrations;
    @Autowired
    AccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_household_is_stored_with_a_lower_cased_email_and_a_hashed_password() {
        String email = "Meera." + UUID.randomUUID() + "@Example.COM";

        registrations.register(new Registration(" Meera ", email, Households.PASSWORD, Households.PASSWORD,
                KOLKATA));

        Account stored = repository.findByEmail(email.toLowerCase()).orElseThrow();
        assertThat(stored.email()).isEqualTo(email.toLowerCase());
        assertThat(stored.displayName()).isEqualTo("Meera");
        assertThat(stored.passwordHash()).startsWith("{argon2}$argon2id$").doesNotContain(Households.PASSWORD);
        assertThat(passwordEncoder.matches(Households.PASSWORD, stored.passwordHash())).isTrue();
        assertThat(stored.roles()).containsExactly(Role.USER);
        assertThat(stored.settings().currency()).isEqualTo("INR");
        assertThat(stored.settings().timeZone()).isEqualTo(KOLKATA);
    }

    @Test
    void a_registered_email_gets_the_same_answer_as_a_new_one_and_its_owner_an_email_instead() {
        String email = "dup." + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("First", email, Households.PASSWORD, Households.PASSWORD, KOLKATA));
        mailTo(email, VERIFICATION);
        String firstHash = repository.findByEmail(email).orElseThrow().passwordHash();
        CLOCK.advance(Duration.ofMinutes(2));

        assertThatCode(() -> registrations.register(new Registration("Second", email.toUpperCase(),
                "someone else's passphrase", "someone else's passphrase", KOLKATA))).doesNotThrowAnyException();

        Account stored = repository.findByEmail(email).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("First");
        assertThat(stored.passwordHash()).isEqualTo(firstHash);
        assertThat(text(mailTo(email, SOMEONE_TRIED)))
                .contains("nothing was created and nothing was changed", "/login", "/forgot-password");
        assertThat(mailsAfterASecond(email, VERIFICATION)).as("no second confirmation link").hasSize(1);
    }

    @Test
    void an_address_can_be_used_to_sign_up_once_a_minute_and_ten_times_a_day_whether_it_has_an_account_or_not() {
        String email = "limited." + UUID.randomUUID() + "@example.com";
        var registration = new Registration("Lima", email, Households.PASSWORD, Households.PASSWORD, KOLKATA);
        registrations.register(registration);

        assertThatThrownBy(() -> registrations.register(registration))
                .isInstanceOfSatisfying(RegistrationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("email");
                    assertThat(refused.getMessage()).contains("just used to sign up");
                });
        for (int attempt = 2; attempt <= 10; attempt++) {
            CLOCK.advance(Duration.ofMinutes(1));
            registrations.register(registration);
        }
        CLOCK.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> registrations.register(registration)).hasMessageContaining("just used to sign up");

        assertThat(mailsTo(email, SOMEONE_TRIED, 9)).hasSize(9);
        assertThat(jdbc.sql("select count(*) from users where email = ?").param(email).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void weak_passwords_and_mismatched_confirmations_are_refused_with_the_field_named() {
        String email = "weak." + UUID.randomUUID() + "@example.com";

        assertThatThrownBy(() -> registrations.register(new Registration("W", email, "short", "short", KOLKATA)))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> registrations.register(new Registration("W", email, "password1234",
                "password1234", KOLKATA))).hasMessageContaining("too common");
        assertThatThrownBy(() -> registrations.register(new Registration("W", email, Households.PASSWORD,
                Households.PASSWORD + "!", KOLKATA)))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.field()).isEqualTo("confirmPassword"));
        assertThatThrownBy(() -> registrations.register(new Registration(" ", email, Households.PASSWORD,
                Households.PASSWORD, KOLKATA))).hasMessageContaining("name");
        assertThatThrownBy(() -> registrations.register(new Registration("W", "not-an-email", Households.PASSWORD,
                Households.PASSWORD, KOLKATA))).hasMessageContaining("like name@example.com");
        assertThat(repository.existsByEmail(email)).isFalse();
        // refusals are not counted against the address
        assertThatCode(() -> registrations.register(new Registration("W", email, Households.PASSWORD,
                Households.PASSWORD, KOLKATA))).doesNotThrowAnyException();
    }

    @Test
    void a_registered_household_signs_in_with_its_password_and_in_any_email_case(
            @Autowired AuthenticationConfiguration security) throws Exception {
        AuthenticationManager authentication = security.getAuthenticationManager();
        String email = "sign.in." + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("Sam", email, Households.PASSWORD, Households.PASSWORD, KOLKATA));
        // as if Sam had opened the link in the confirmation mail (EmailVerificationTest follows the real one)
        jdbc.sql("update users set email_verified = true where email = ?").param(email).update();

        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email.toUpperCase(), Households.PASSWORD));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong password here")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
