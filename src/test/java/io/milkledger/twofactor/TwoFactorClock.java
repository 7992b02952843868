package io.milkledger.twofactor;

import io.milkledger.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/**
 * A clock the two-factor tests move instead of sleeping through 30-second steps. Every test class that imports it
 * shares one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TwoFactorClock {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(Instant.parse("2031-03-01T06:00:10Z"));
    }
}
