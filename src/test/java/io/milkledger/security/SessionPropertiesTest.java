package io.milkledger.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionPropertiesTest {

    @Test
    void an_idle_timeout_under_a_minute_or_a_lifetime_shorter_than_it_stops_the_start_naming_the_variable() {
        assertThatThrownBy(() -> new SessionProperties(Duration.ofSeconds(30), Duration.ofHours(12)))
                .hasMessageContaining("MILK_LEDGER_SESSIONS_IDLE_TIMEOUT must be at least a minute");
        assertThatThrownBy(() -> new SessionProperties(Duration.ofHours(2), Duration.ofHours(1)))
                .hasMessageContaining("MILK_LEDGER_SESSIONS_ABSOLUTE_LIFETIME must be at least");
    }
}
