package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RegistrationTest {

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

        long id = registrations.register(new Registration(" Meera ", email, Households.PASSWORD, Households.PASSWORD,
                KOLKATA));

        Account stored = repository.findById(id).orElseThrow();
        assertThat(stored.email()).isEqualTo(email.toLowerCase());
        assertThat(stored.displayName()).isEqualTo("Meera");
        assertThat(stored.passwordHash()).startsWith("{argon2}$argon2id$").doesNotContain(Households.PASSWORD);
        assertThat(passwordEncoder.matches(Households.PASSWORD, stored.passwordHash())).isTrue();
        assertThat(stored.roles()).containsExactly(Role.USER);
        assertThat(stored.settings().currency()).isEqualTo("INR");
        assertThat(stored.settings().timeZone()).isEqualTo(KOLKATA);
    }

    @Test
    void the_same_email_in_another_case_is_refused() {
        String email = "dup." + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("First", email, Households.PASSWORD, Households.PASSWORD, KOLKATA));

        assertThatThrownBy(() -> registrations.register(new Registration("Second", email.toUpperCase(),
                Households.PASSWORD, Households.PASSWORD, KOLKATA)))
                .isInstanceOfSatisfying(RegistrationException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.getMessage()).contains("already exists");
                });
    }

    @Test
    void weak_passwords_and_mismatched_confirmations_are_refused_with_the_field_named() {
        String email = "weak." + UUID.randomUUID() + "@example.com";

        assertThatThrownBy(() -> registrations.register(new Registration("W", email, "short", "short", KOLKATA)))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> registrations.register(new Registration("W", email, "password1234", "password1234",
                KOLKATA))).hasMessageContaining("too common");
        assertThatThrownBy(() -> registrations.register(new Registration("W", email, Households.PASSWORD,
                Households.PASSWORD + "!", KOLKATA)))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.field()).isEqualTo("confirmPassword"));
        assertThatThrownBy(() -> registrations.register(new Registration(" ", email, Households.PASSWORD,
                Households.PASSWORD, KOLKATA))).hasMessageContaining("name");
        assertThatThrownBy(() -> registrations.register(new Registration("W", "not-an-email", Households.PASSWORD,
                Households.PASSWORD, KOLKATA))).hasMessageContaining("like name@example.com");
        assertThat(repository.existsByEmail(email)).isFalse();
    }

    @Test
    void a_registered_household_signs_in_with_its_password_and_in_any_email_case(
            @Autowired AuthenticationConfiguration security) throws Exception {
        AuthenticationManager authentication = security.getAuthenticationManager();
        String email = "sign.in." + UUID.randomUUID() + "@example.com";
        long id = registrations.register(new Registration("Sam", email, Households.PASSWORD, Households.PASSWORD,
                KOLKATA));
        // as if Sam had opened the link in the confirmation mail (EmailVerificationTest follows the real one)
        jdbc.sql("update users set email_verified = true where id = ?").param(id).update();

        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email.toUpperCase(), Households.PASSWORD));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong password here")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
