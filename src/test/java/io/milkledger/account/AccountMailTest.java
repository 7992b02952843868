package io.milkledger.account;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class AccountMailTest {

    private static final Supplier<UriComponentsBuilder> REQUEST =
            () -> UriComponentsBuilder.fromUriString("https://milk.example.com:8443");

    @Test
    void links_start_with_app_base_url_when_it_is_set() {
        assertThat(AccountMail.link("https://ledger.example.org/", REQUEST, "/verify-email", "abc"))
                .isEqualTo("https://ledger.example.org/verify-email?token=abc");
        assertThat(AccountMail.link(" https://example.org/milk ", REQUEST, "/reset-password", "abc"))
                .isEqualTo("https://example.org/milk/reset-password?token=abc");
    }

    @Test
    void without_app_base_url_links_start_with_the_address_of_the_request() {
        assertThat(AccountMail.link(null, REQUEST, "/verify-email", "abc"))
                .isEqualTo("https://milk.example.com:8443/verify-email?token=abc");
        assertThat(AccountMail.link("  ", REQUEST, "/verify-email", "abc"))
                .isEqualTo("https://milk.example.com:8443/verify-email?token=abc");
    }
}
