package io.milkledger.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountMailTest {

    private static final String LAPTOP = "http://localhost:8080";

    @Test
    void links_start_with_app_base_url_when_it_is_set() {
        assertThat(AccountMail.link("https://ledger.example.org/", LAPTOP, "/verify-email", "abc"))
                .isEqualTo("https://ledger.example.org/verify-email?token=abc");
        assertThat(AccountMail.link(" https://example.org/milk ", LAPTOP, "/reset-password", "abc"))
                .isEqualTo("https://example.org/milk/reset-password?token=abc");
    }

    @Test
    void without_app_base_url_links_point_at_the_laptops_own_address() {
        assertThat(AccountMail.link(null, LAPTOP, "/verify-email", "abc"))
                .isEqualTo("http://localhost:8080/verify-email?token=abc");
        assertThat(AccountMail.link("  ", LAPTOP, "/verify-email", "abc"))
                .isEqualTo("http://localhost:8080/verify-email?token=abc");
    }
}
