package io.milkledger.security;

import io.milkledger.security.WerkzeugPasswordEncoder.Digest;
import io.milkledger.security.WerkzeugPasswordEncoder.Pbkdf2;
import io.milkledger.security.WerkzeugPasswordEncoder.Scrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hashes computed with Python's hashlib exactly as Werkzeug computes them (and checked with Werkzeug 3.1.8's
 * {@code check_password_hash}), so these are the bytes the old app stored, not what this encoder thinks they are.
 */
class WerkzeugPasswordEncoderTest {

    private static final String DUDHWALA = "dūdh-wālā 2025";

    // f"scrypt:32768:8:1$k9QZrT2mXw8LpB4v$" + hashlib.scrypt("dūdh-wālā 2025".encode(), salt=b"k9QZrT2mXw8LpB4v", n=32768, r=8, p=1, maxmem=132*1024*1024, dklen=64).hex()
    private static final String SCRYPT_DEFAULT = "scrypt:32768:8:1$k9QZrT2mXw8LpB4v$f09efbb073cffe16c4b07dd58ec76428"
            + "00252678e3329abf30da834efc57cf15a6adc4b7b12613db61814f3a02b0090f21803e738fe536ab4b0a682031b43834";

    // f"scrypt:1024:4:2$Salz-ü+/=9Kq$" + hashlib.scrypt(b"fresh milk every morning", salt="Salz-ü+/=9Kq".encode(), n=1024, r=4, p=2, maxmem=132*1024*1024, dklen=64).hex()
    private static final String SCRYPT_OTHER_PARAMETERS = "scrypt:1024:4:2$Salz-ü+/=9Kq$"
            + "2613641c205dbe7ff633bc0466ed2714c1069eb73b5bad6bdfbe4c005c47cfa8"
            + "b3851668b99e84a11611f8e111b5e83e8225c3f2e776aba94284062327ab3ed4";

    // f"pbkdf2:sha256:600000$T3mXq9Lw2ZpR8vBk$" + hashlib.pbkdf2_hmac("sha256", "dūdh-wālā 2025".encode(), b"T3mXq9Lw2ZpR8vBk", 600000).hex()
    private static final String PBKDF2_SHA256 = "pbkdf2:sha256:600000$T3mXq9Lw2ZpR8vBk$"
            + "c489de199d4d25f3773ffc95ae72d60a212654b43c63218339f4d573d1270063";

    // f"pbkdf2:sha1:1000$Salz-ü+/=9Kq$" + hashlib.pbkdf2_hmac("sha1", b"chai at six", "Salz-ü+/=9Kq".encode(), 1000).hex()
    private static final String PBKDF2_SHA1 = "pbkdf2:sha1:1000$Salz-ü+/=9Kq$0f72fb0c0a64b24c52b5f19fa5071ce03e1bd74b";

    // f"pbkdf2:sha512:1000$Salz-ü+/=9Kq$" + hashlib.pbkdf2_hmac("sha512", b"chai at six", "Salz-ü+/=9Kq".encode(), 1000).hex()
    private static final String PBKDF2_SHA512 = "pbkdf2:sha512:1000$Salz-ü+/=9Kq$"
            + "ac0aa88c9f07663b293df0e28d5ea813f9e24bf2d119a31290d85af55a428671"
            + "d04f8d46649146d7c23456708ecdcda60359b14996d52e7237a366f639ebcb72";

    // The one user's hash in the old app's shipped database (milk-calculation.db, table user, column
    // password_hash), read with Python's sqlite3; nobody here knows its password, so only its shape is checked.
    private static final String OLD_APP_HASH = "scrypt:32768:8:1$k1gst4mTHrEPnud0$5f8dff1b68346e5209e464948bd95861"
            + "d0fd6e637570250fac41000e28222b5a013a2cd2d5380a6d1f8515bbe6b4daa3fb59353fd95e35a7ab0686f4ea224049";

    private final WerkzeugPasswordEncoder encoder = new WerkzeugPasswordEncoder();

    @Test
    void werkzeugs_default_scrypt_hash_matches_its_password_and_no_other() {
        assertThat(encoder.matches(DUDHWALA, SCRYPT_DEFAULT)).isTrue();
        assertThat(encoder.matches("dudh-wala 2025", SCRYPT_DEFAULT)).isFalse();
        assertThat(encoder.matches(DUDHWALA + " ", SCRYPT_DEFAULT)).isFalse();
    }

    @Test
    void scrypt_parameters_come_from_the_hash_and_the_salt_is_hashed_as_utf8_text() {
        assertThat(encoder.matches("fresh milk every morning", SCRYPT_OTHER_PARAMETERS)).isTrue();
        assertThat(encoder.matches("fresh milk every morning",
                SCRYPT_OTHER_PARAMETERS.replace("scrypt:1024:4:2", "scrypt:1024:4:1"))).isFalse();
        assertThat(encoder.matches("fresh milk every morning",
                SCRYPT_OTHER_PARAMETERS.replace("Salz-ü", "Salz-u"))).isFalse();
    }

    @Test
    void pbkdf2_hashes_match_with_their_digest_and_iteration_count() {
        assertThat(encoder.matches(DUDHWALA, PBKDF2_SHA256)).isTrue();
        assertThat(encoder.matches("Dūdh-wālā 2025", PBKDF2_SHA256)).isFalse();
        assertThat(encoder.matches(DUDHWALA, PBKDF2_SHA256.replace(":600000$", ":599999$"))).isFalse();
        assertThat(encoder.matches("chai at six", PBKDF2_SHA1)).isTrue();
        assertThat(encoder.matches("chai at seven", PBKDF2_SHA1)).isFalse();
        assertThat(encoder.matches("chai at six", PBKDF2_SHA512)).isTrue();
        assertThat(encoder.matches("chai at seven", PBKDF2_SHA512)).isFalse();
    }

    @Test
    void upper_case_hex_is_read_like_lower_case() {
        String upper = PBKDF2_SHA1.substring(0, PBKDF2_SHA1.lastIndexOf('$'))
                + PBKDF2_SHA1.substring(PBKDF2_SHA1.lastIndexOf('$')).toUpperCase();

        assertThat(encoder.matches("chai at six", upper)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "scrypt",
            "scrypt:32768:8:1$k9QZrT2mXw8LpB4v",
            "scrypt:32768:8:1$$f09efbb073cffe16c4b07dd58ec76428",
            "scrypt$k9QZrT2mXw8LpB4v$f09efbb073cffe16c4b07dd58ec76428",
            "scrypt:32768:8$k9QZrT2mXw8LpB4v$f09efbb073cffe16c4b07dd58ec76428",
            "scrypt:32768:8:1:1$k9QZrT2mXw8LpB4v$f09efbb073cffe16c4b07dd58ec76428",
            "scrypt:32768:8:1$k9QZrT2mXw8LpB4v$f09efbb073cffe16c4b07dd58ec76428",
            "scrypt:32768:8:1$k9QZrT2mXw8LpB4v$not hex at all",
            "scrypt:32768:8:1$k9QZrT2mXw8LpB4v$f09",
            "pbkdf2:sha256:1000$GhT5vQ2nLx7pWz3K$b02ac17b1990ecf832ddce7d508d0ddf49d859dbf68a5a0ce43afb450915a85",
            "pbkdf2:sha256$GhT5vQ2nLx7pWz3K$b02ac17b1990ecf832ddce7d508d0ddf49d859dbf68a5a0ce43afb450915a851",
            "pbkdf2$GhT5vQ2nLx7pWz3K$b02ac17b1990ecf832ddce7d508d0ddf49d859dbf68a5a0ce43afb450915a851",
            "pbkdf2:md5:1000$GhT5vQ2nLx7pWz3K$b02ac17b1990ecf832ddce7d508d0ddf",
            "pbkdf2:sha256:ten$GhT5vQ2nLx7pWz3K$b02ac17b1990ecf832ddce7d508d0ddf49d859dbf68a5a0ce43afb450915a851",
            "md5$GhT5vQ2nLx7pWz3K$b02ac17b1990ecf832ddce7d508d0ddf",
            "{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG",
            "plain$$fresh milk every morning",
    })
    void unreadable_hashes_match_nothing(String hash) {
        assertThat(encoder.matches("fresh milk every morning", hash)).isFalse();
        assertThat(WerkzeugPasswordEncoder.parse(hash)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "scrypt:30000:8:1",          // N not a power of two
            "scrypt:1:8:1",              // N below 2
            "scrypt:-32768:8:1",
            "scrypt:2097152:8:1",        // N = 2^21
            "scrypt:1048576:8:1",        // 2^20 * 8 blocks: a gigabyte
            "scrypt:32768:8:1024",       // N * r * p: minutes of work
            "scrypt:2:1048576:1048576",  // r * p past scrypt's own limit
            "scrypt:65536:1:1",          // scrypt needs N < 2^(16 r)
            "scrypt:32768:0:1",
            "scrypt:32768:8:0",
            "scrypt:4294967296:8:1",     // beyond int
            "pbkdf2:sha256:0",
            "pbkdf2:sha256:-1",
            "pbkdf2:sha256:10000001",
    })
    void absurd_costs_are_refused_before_any_hashing(String method) {
        String digest = method.startsWith("scrypt") ? "ab".repeat(64) : "ab".repeat(32);
        String hash = method + "$k9QZrT2mXw8LpB4v$" + digest;

        assertThat(WerkzeugPasswordEncoder.parse(hash)).isEmpty();
        assertThat(encoder.matches(DUDHWALA, hash)).isFalse();
    }

    @Test
    void the_bounds_still_admit_werkzeugs_own_settings_and_stronger_ones() {
        assertThat(WerkzeugPasswordEncoder.parse("scrypt:131072:8:1$s$" + "ab".repeat(64))).isPresent();
        assertThat(WerkzeugPasswordEncoder.parse("scrypt:16384:8:1$s$" + "ab".repeat(64))).isPresent();
        assertThat(WerkzeugPasswordEncoder.parse("pbkdf2:sha256:10000000$s$" + "ab".repeat(32))).isPresent();
        assertThat(WerkzeugPasswordEncoder.parse("pbkdf2:sha256:1$s$" + "ab".repeat(32))).isPresent();
    }

    @Test
    void the_old_apps_stored_hash_is_werkzeugs_default_scrypt() {
        assertThat(WerkzeugPasswordEncoder.parse(OLD_APP_HASH)).get()
                .isInstanceOfSatisfying(Scrypt.class, scrypt -> {
                    assertThat(scrypt.n()).isEqualTo(32768);
                    assertThat(scrypt.r()).isEqualTo(8);
                    assertThat(scrypt.p()).isEqualTo(1);
                    assertThat(scrypt.salt()).hasSize(16);
                    assertThat(scrypt.hash()).hasSize(WerkzeugPasswordEncoder.SCRYPT_LENGTH);
                });
        assertThat(encoder.matches(DUDHWALA, OLD_APP_HASH)).isFalse();
    }

    @Test
    void pbkdf2_hashes_are_read_with_their_digest_iterations_and_salt() {
        assertThat(WerkzeugPasswordEncoder.parse(PBKDF2_SHA512)).get()
                .isInstanceOfSatisfying(Pbkdf2.class, pbkdf2 -> {
                    assertThat(pbkdf2.digest()).isEqualTo(Digest.SHA512);
                    assertThat(pbkdf2.iterations()).isEqualTo(1000);
                    assertThat(pbkdf2.salt()).isEqualTo("Salz-ü+/=9Kq");
                    assertThat(pbkdf2.hash()).hasSize(64);
                });
    }

    @Test
    void it_never_makes_new_hashes_and_always_asks_for_an_upgrade() {
        assertThatThrownBy(() -> encoder.encode(DUDHWALA))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Argon2id");
        assertThat(encoder.upgradeEncoding(SCRYPT_DEFAULT)).isTrue();
    }

    @Test
    void the_applications_encoder_checks_werkzeug_and_bcrypt_hashes_upgrades_them_and_makes_argon2id() {
        PasswordEncoder application = new SecurityConfiguration().passwordEncoder();

        assertThat(application.matches(DUDHWALA, SCRYPT_DEFAULT)).isTrue();
        assertThat(application.matches("wrong", SCRYPT_DEFAULT)).isFalse();
        assertThat(application.matches(DUDHWALA, PBKDF2_SHA256)).isTrue();
        assertThat(application.upgradeEncoding(SCRYPT_DEFAULT)).isTrue();
        assertThat(application.upgradeEncoding(PBKDF2_SHA256)).isTrue();
        assertThat(application.matches(DUDHWALA, "no algorithm at all")).isFalse();

        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(DUDHWALA);
        assertThat(application.matches(DUDHWALA, bcrypt)).isTrue();
        assertThat(application.upgradeEncoding(bcrypt)).as("bcrypt is upgraded to Argon2id").isTrue();

        String argon2 = application.encode(DUDHWALA);
        assertThat(argon2).startsWith("{argon2}$argon2id$");
        assertThat(application.matches(DUDHWALA, argon2)).isTrue();
        assertThat(application.matches("wrong", argon2)).isFalse();
        assertThat(application.upgradeEncoding(argon2)).isFalse();
    }

    @Test
    void hashes_of_other_algorithms_never_match() {
        PasswordEncoder application = new SecurityConfiguration().passwordEncoder();

        assertThat(application.matches("secret", "{noop}secret")).isFalse();
        assertThat(application.matches("secret", "{MD5}5ebe2294ecd0e0f08eab7690d2a6ee69")).isFalse();
        assertThat(application.matches("secret", "{sha256}2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b"))
                .isFalse();
    }

    @Test
    void a_passphrase_longer_than_bcrypts_72_bytes_is_hashed_whole() {
        PasswordEncoder application = new SecurityConfiguration().passwordEncoder();
        String passphrase = "दूध वाला हर सुबह 🥛 ".repeat(6);
        assertThat(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);

        String hash = application.encode(passphrase);

        assertThat(application.matches(passphrase, hash)).isTrue();
        assertThat(application.matches(passphrase.strip(), hash)).isFalse();
        // half an emoji, as a script can send it, is no password and no server error
        assertThat(application.matches(passphrase.substring(0, passphrase.length() - 2), hash)).isFalse();
    }

    @Test
    void the_same_phrase_composed_differently_is_the_same_password() {
        PasswordEncoder application = new SecurityConfiguration().passwordEncoder();
        String composed = "crème fraîche at dawn";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        assertThat(application.matches(decomposed, application.encode(composed))).isTrue();
        // a bcrypt hash of the text as it was typed then still matches that text
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(decomposed);
        assertThat(application.matches(decomposed, bcrypt)).isTrue();
    }
}
