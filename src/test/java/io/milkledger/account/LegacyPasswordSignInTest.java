package io.milkledger.account;

import io.milkledger.IntegrationTest;
import io.milkledger.security.Role;
import io.milkledger.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Households carried over from the old app sign in with their old passwords, which are then re-hashed. */
@IntegrationTest
class LegacyPasswordSignInTest {

    private static final String PASSWORD = "dūdh-wālā 2025";

    // f"scrypt:32768:8:1$k9QZrT2mXw8LpB4v$" + hashlib.scrypt("dūdh-wālā 2025".encode(), salt=b"k9QZrT2mXw8LpB4v", n=32768, r=8, p=1, maxmem=132*1024*1024, dklen=64).hex()
    private static final String SCRYPT = "scrypt:32768:8:1$k9QZrT2mXw8LpB4v$f09efbb073cffe16c4b07dd58ec76428"
            + "00252678e3329abf30da834efc57cf15a6adc4b7b12613db61814f3a02b0090f21803e738fe536ab4b0a682031b43834";

    // f"pbkdf2:sha256:600000$T3mXq9Lw2ZpR8vBk$" + hashlib.pbkdf2_hmac("sha256", "dūdh-wālā 2025".encode(), b"T3mXq9Lw2ZpR8vBk", 600000).hex()
    private static final String PBKDF2 = "pbkdf2:sha256:600000$T3mXq9Lw2ZpR8vBk$"
            + "c489de199d4d25f3773ffc95ae72d60a212654b43c63218339f4d573d1270063";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuthenticationConfiguration security;

    @Test
    void a_household_with_a_werkzeug_scrypt_hash_signs_in_and_its_password_is_rehashed_with_argon2id()
            throws Exception {
        signsInAndIsRehashed(SCRYPT);
    }

    @Test
    void a_household_with_a_werkzeug_pbkdf2_hash_signs_in_and_its_password_is_rehashed_with_argon2id()
            throws Exception {
        signsInAndIsRehashed(PBKDF2);
    }

    private void signsInAndIsRehashed(String werkzeugHash) throws Exception {
        AuthenticationManager authentication = security.getAuthenticationManager();
        String email = "legacy." + UUID.randomUUID() + "@example.com";
        long id = insertLegacyAccount(email, werkzeugHash);

        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "dudh-wala 2025")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(storedHash(id)).isEqualTo(werkzeugHash);

        Authentication signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email.toUpperCase(), PASSWORD));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.accountId()).isEqualTo(id);
            assertThat(user.getPassword()).isNull();
        });
        String rehashed = storedHash(id);
        assertThat(rehashed).startsWith("{argon2}$argon2id$");
        assertThat(passwordEncoder.matches(PASSWORD, rehashed)).isTrue();

        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD))
                .isAuthenticated()).isTrue();
        assertThat(storedHash(id)).as("an Argon2id hash is not re-hashed again").isEqualTo(rehashed);
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "dudh-wala 2025")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(storedHash(id)).isEqualTo(rehashed);
    }

    /**
     * As the legacy import stores them: the Werkzeug hash copied as it is, without an {@code {id}} prefix; the email
     * counts as confirmed, like that of every account from before verification existed.
     */
    private long insertLegacyAccount(String email, String werkzeugHash) {
        long id = jdbc.sql("""
                        insert into users (email, display_name, password_hash, email_verified)
                        values (?, ?, ?, true) returning id""")
                .params(email, "Old App Household", werkzeugHash)
                .query(Long.class)
                .single();
        jdbc.sql("insert into user_roles (user_id, role) values (?, ?)").params(id, Role.USER.name()).update();
        return id;
    }

    private String storedHash(long id) {
        return jdbc.sql("select password_hash from users where id = ?").param(id).query(String.class).single();
    }
}
