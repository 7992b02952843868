package io.milkledger.security.throttle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInKeysTest {

    @Test
    void an_email_counts_the_same_in_any_case_and_with_spaces_around_it() {
        assertThat(SignInKeys.emailKey(" Asha@Example.COM ")).isEqualTo(SignInKeys.emailKey("asha@example.com"));
        assertThat(SignInKeys.emailKey("asha@example.com")).isNotEqualTo(SignInKeys.emailKey("asha@example.org"));
    }

    @Test
    void the_email_typed_is_not_kept_as_typed() {
        assertThat(SignInKeys.emailKey("my secret password")).hasSize(64).doesNotContain("secret");
    }

    @Test
    void an_ipv4_address_is_counted_as_it_is() {
        assertThat(SignInKeys.addressKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(SignInKeys.addressKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void an_ipv6_address_is_counted_by_its_network_so_a_host_cannot_take_a_fresh_address_per_guess() {
        assertThat(SignInKeys.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInKeys.addressKey("[2001:db8:1:2:bbbb::9]")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInKeys.addressKey("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
    }

    @Test
    void anything_else_a_proxy_passes_on_is_hashed_to_fit_the_table() {
        assertThat(SignInKeys.addressKey("unknown")).hasSize(64);
        assertThat(SignInKeys.addressKey("999.1.1.1")).hasSize(64);
        assertThat(SignInKeys.addressKey("::zz")).hasSize(64);
        assertThat(SignInKeys.addressKey("1::2::3")).hasSize(64);
        assertThat(SignInKeys.addressKey("x".repeat(5000))).hasSize(64);
    }
}
