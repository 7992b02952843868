package io.milkledger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/**
 * A clock that stands still until a test moves it, for the tests of time-based rules (two-factor codes in 30-second
 * steps, sign-in throttling, the times entries are stamped with). Every test class that imports it shares one
 * application context, so they share this clock too: tests move it forward only, and by relative amounts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(Instant.parse("2031-03-01T06:00:10Z"));
    }
}
