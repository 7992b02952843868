package io.milkledger.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void short_passwords_are_refused() {
        assertThat(PasswordPolicy.problemWith("milk-12")).contains("at least 10");
    }

    @Test
    void common_passwords_are_refused_in_any_case() {
        assertThat(PasswordPolicy.problemWith("Password123")).contains("too common");
        assertThat(PasswordPolicy.problemWith("QWERTYUIOP")).contains("too common");
    }

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThat(PasswordPolicy.problemWith("cows on the terrace at dawn")).isNull();
    }
}
