package io.milkledger.twofactor;

import io.milkledger.twofactor.Totp.Accepted;
import io.milkledger.twofactor.Totp.AlreadyUsed;
import io.milkledger.twofactor.Totp.Wrong;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** The SHA-1 secret of RFC 6238's test vectors. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2031-03-01T06:00:10Z");

    private final byte[] secret = Totp.newSecret(new SecureRandom());
    private final long step = Totp.step(NOW);

    @Test
    void codes_are_those_of_the_rfc_test_vectors_in_six_digits() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    }

    @Test
    void a_secret_is_160_random_bits() {
        assertThat(secret).hasSize(20);
        assertThat(Totp.newSecret(new SecureRandom())).isNotEqualTo(secret);
    }

    @Test
    void the_current_code_is_accepted_with_its_step() {
        assertThat(Totp.check(secret, Totp.code(secret, step), NOW, null)).isEqualTo(new Accepted(step));
    }

    @Test
    void a_phone_one_step_behind_or_ahead_is_forgiven_but_not_two() {
        assertThat(Totp.check(secret, Totp.code(secret, step - 1), NOW, null)).isEqualTo(new Accepted(step - 1));
        assertThat(Totp.check(secret, Totp.code(secret, step + 1), NOW, null)).isEqualTo(new Accepted(step + 1));
        assertThat(Totp.check(secret, Totp.code(secret, step - 2), NOW, null)).isInstanceOf(Wrong.class);
        assertThat(Totp.check(secret, Totp.code(secret, step + 2), NOW, null)).isInstanceOf(Wrong.class);
    }

    @Test
    void a_code_whose_step_was_used_is_refused_within_its_step_and_after() {
        String code = Totp.code(secret, step);

        assertThat(Totp.check(secret, code, NOW, step)).isInstanceOf(AlreadyUsed.class);
        assertThat(Totp.check(secret, code, NOW.plusSeconds(30), step)).isInstanceOf(AlreadyUsed.class);
        // an earlier code than the last one used is as good as used
        assertThat(Totp.check(secret, Totp.code(secret, step - 1), NOW, step)).isInstanceOf(AlreadyUsed.class);
        assertThat(Totp.check(secret, Totp.code(secret, step + 1), NOW, step)).isEqualTo(new Accepted(step + 1));
    }

    @Test
    void wrong_and_malformed_codes_are_refused() {
        String right = Totp.code(secret, step);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);

        assertThat(Totp.check(secret, wrong, NOW, null)).isInstanceOf(Wrong.class);
        assertThat(Totp.check(secret, "", NOW, null)).isInstanceOf(Wrong.class);
        assertThat(Totp.check(secret, right.substring(1), NOW, null)).isInstanceOf(Wrong.class);
        assertThat(Totp.check(secret, right + "0", NOW, null)).isInstanceOf(Wrong.class);
        assertThat(Totp.check(secret, "abcdef", NOW, null)).isInstanceOf(Wrong.class);
        assertThat(Totp.check(Totp.newSecret(new SecureRandom()), right, NOW, null)).isInstanceOf(Wrong.class);
    }

    @Test
    void spaces_as_apps_show_them_do_not_matter() {
        String code = Totp.code(secret, step);

        assertThat(Totp.check(secret, " " + code.substring(0, 3) + " " + code.substring(3) + " ", NOW, null))
                .isEqualTo(new Accepted(step));
    }

    @Test
    void the_app_of_the_tests_makes_the_same_codes_from_the_base32_key() {
        var app = new AuthenticatorApp(Base32.encode(secret));

        assertThat(app.codeAt(NOW)).isEqualTo(Totp.code(secret, step));
    }
}
