package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;

import static io.milkledger.TestMailServer.RESET;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Passphrases longer than bcrypt's 72 bytes, in any script, through registration, change, reset and sign-in. */
@MailIntegrationTest
class LongPassphraseTest {

    /** 90 characters: Devanagari, emoji and Latin, far over 72 bytes in UTF-8. */
    static final String NINETY = characters("दूध वाला हर सुबह आता है 🥛🐄 fresh milk at the door, ", 90);

    /** 128 characters, the most a password may have. */
    static final String ONE_TWENTY_EIGHT = characters("गाय का दूध 🐃 buffalo milk on Sundays; ", 128);

    @Autowired
    RegistrationService registrations;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordResetService resets;
    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    private AuthenticationManager authentication;

    @BeforeEach
    void useSpringsAuthenticationManager(@Autowired AuthenticationConfiguration security) throws Exception {
        authentication = security.getAuthenticationManager();
    }

    @AfterEach
    void signOut() {
        Households.signOut();
    }

    @Test
    void the_passphrases_are_as_long_as_they_say_and_longer_than_bcrypt_takes() {
        assertThat(NINETY.codePointCount(0, NINETY.length())).isEqualTo(90);
        assertThat(ONE_TWENTY_EIGHT.codePointCount(0, ONE_TWENTY_EIGHT.length())).isEqualTo(128);
        assertThat(NINETY.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
    }

    @Test
    void a_household_registers_changes_and_resets_with_long_passphrases_and_signs_in_with_each() {
        String email = "long." + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration("Lata", email, NINETY, NINETY, ZoneId.of("Asia/Kolkata")));
        jdbc.sql("update users set email_verified = true where email = ?").param(email).update();
        assertThat(signIn(email, NINETY)).isTrue();
        assertThatThrownBy(() -> signIn(email, NINETY.substring(0, NINETY.length() - 1)))
                .isInstanceOf(BadCredentialsException.class);

        households.signIn(email);
        accounts.changePassword(NINETY, ONE_TWENTY_EIGHT, ONE_TWENTY_EIGHT);
        assertThat(signIn(email, ONE_TWENTY_EIGHT)).isTrue();
        assertThatThrownBy(() -> signIn(email, NINETY)).isInstanceOf(BadCredentialsException.class);

        resets.requestReset(email);
        String link = token(mailTo(email, RESET), "/reset-password");
        assertThat(resets.reset(link, NINETY, NINETY)).isEqualTo(EmailLinkStatus.WORKS);
        assertThat(signIn(email, NINETY)).isTrue();
        assertThatThrownBy(() -> signIn(email, ONE_TWENTY_EIGHT)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_passphrase_over_128_characters_is_refused_with_the_rule() {
        String email = "too.long." + UUID.randomUUID() + "@example.com";
        String tooLong = ONE_TWENTY_EIGHT + "!";

        assertThatThrownBy(() -> registrations.register(new Registration("Lata", email, tooLong, tooLong,
                ZoneId.of("Asia/Kolkata"))))
                .isInstanceOfSatisfying(RegistrationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("password");
                    assertThat(refused.getMessage()).isEqualTo("Use at most 128 characters.");
                });
    }

    @Test
    void a_bcrypt_hash_from_before_is_replaced_by_argon2id_at_the_next_sign_in() {
        String email = households.register("Bina", ZoneId.of("Asia/Kolkata"));
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(Households.PASSWORD);
        jdbc.sql("update users set password_hash = ? where email = ?").params(bcrypt, email).update();

        assertThat(signIn(email, Households.PASSWORD)).isTrue();

        String stored = jdbc.sql("select password_hash from users where email = ?").param(email)
                .query(String.class).single();
        assertThat(stored).startsWith("{argon2}$argon2id$");
        assertThat(signIn(email, Households.PASSWORD)).isTrue();
    }

    private boolean signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                .isAuthenticated();
    }

    /** The phrase repeated and cut to exactly this many characters (code points). */
    private static String characters(String phrase, int count) {
        String repeated = phrase.repeat(count);
        return repeated.substring(0, repeated.offsetByCodePoints(0, count));
    }
}
