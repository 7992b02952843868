package io.milkledger.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void passwords_shorter_than_twelve_characters_are_refused() {
        assertThat(PasswordPolicy.problemWith("milk-1234")).isEqualTo("Use at least 12 characters.");
        assertThat(PasswordPolicy.problemWith("eleven char")).isEqualTo("Use at least 12 characters.");
        assertThat(PasswordPolicy.problemWith("twelve chars")).isNull();
    }

    @Test
    void length_is_counted_in_characters_not_in_utf16_units() {
        // six emoji are twelve UTF-16 units, but six characters
        assertThat(PasswordPolicy.problemWith("🥛🥛🥛🥛🥛🥛")).isEqualTo("Use at least 12 characters.");
        assertThat(PasswordPolicy.problemWith("🐄".repeat(128))).isNull();
        assertThat(PasswordPolicy.problemWith("🐄".repeat(129))).isEqualTo("Use at most 128 characters.");
    }

    @Test
    void half_of_an_emoji_is_refused() {
        assertThat(PasswordPolicy.problemWith("fresh milk at dawn \uD83E")).contains("broken character");
    }

    @Test
    void passwords_from_the_breach_lists_are_refused_in_any_case() {
        assertThat(PasswordPolicy.problemWith("Password1234")).contains("too common");
        assertThat(PasswordPolicy.problemWith("QWERTY123456")).contains("too common");
        assertThat(PasswordPolicy.problemWith("1qaz2wsx3edc")).contains("too common");
        assertThat(PasswordPolicy.problemWith("qwertyuiop12")).contains("too common");
    }

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(PasswordPolicy.problemWith("cows on the terrace at dawn")).isNull();
    }
}
