package io.milkledger.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored hashes are checked only by the algorithms the app writes, and the old app's. */
class PasswordEncoderTest {

    private static final String PASSWORD = "dūdh-wālā 2025";
    // WerkzeugPasswordEncoderTest's vector
    private static final String WERKZEUG = "scrypt:32768:8:1$k9QZrT2mXw8LpB4v$f09efbb073cffe16c4b07dd58ec76428"
            + "00252678e3329abf30da834efc57cf15a6adc4b7b12613db61814f3a02b0090f21803e738fe536ab4b0a682031b43834";

    private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

    @Test
    void hashes_that_are_the_password_or_a_broken_digest_never_match() {
        assertThat(encoder.matches("known", "{noop}known")).isFalse();
        assertThat(encoder.matches("password", "{MD5}5f4dcc3b5aa765d61d8327deb882cf99")).isFalse();
        assertThat(encoder.matches("password",
                "{SHA-256}5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8")).isFalse();
        assertThat(encoder.matches("known", "known")).isFalse();
    }

    @Test
    void argon2_bcrypt_and_the_old_apps_werkzeug_hashes_match() {
        assertThat(encoder.encode(PASSWORD)).startsWith("{argon2}");
        assertThat(encoder.matches(PASSWORD, encoder.encode(PASSWORD))).isTrue();
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        assertThat(encoder.matches(PASSWORD, bcrypt)).isTrue();
        assertThat(encoder.upgradeEncoding(bcrypt)).isTrue();
        assertThat(encoder.matches(PASSWORD, WERKZEUG)).isTrue();
        assertThat(encoder.upgradeEncoding(WERKZEUG)).isTrue();
    }
}
