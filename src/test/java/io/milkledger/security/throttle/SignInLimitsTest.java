package io.milkledger.security.throttle;

import io.milkledger.security.throttle.SignInLimits.Refusal;
import io.milkledger.security.throttle.SignInThrottledException.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInLimitsTest {

    private static final SignInLimits LIMITS = SignInLimits.STANDARD;
    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");

    @Test
    void the_first_five_failures_in_a_row_cost_no_wait() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(LIMITS.delayAfter(failures)).isZero();
        }
    }

    @Test
    void from_the_fifth_failure_the_wait_starts_at_30_seconds_and_doubles_up_to_15_minutes() {
        assertThat(LIMITS.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LIMITS.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LIMITS.delayAfter(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LIMITS.delayAfter(8)).isEqualTo(Duration.ofMinutes(4));
        assertThat(LIMITS.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LIMITS.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LIMITS.delayAfter(100)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LIMITS.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_wait_counts_from_the_last_failure() {
        var history = new SignInHistory(6, NOW.minusSeconds(45), 6, NOW.minusSeconds(100), 6, NOW.minusSeconds(100));

        assertThat(LIMITS.refusal(history, NOW)).contains(new Refusal(Reason.EMAIL, Duration.ofSeconds(15)));
        assertThat(LIMITS.refusal(history, NOW.plusSeconds(15))).isEmpty();
    }

    @Test
    void an_email_with_no_recent_failures_goes_ahead() {
        assertThat(LIMITS.refusal(new SignInHistory(0, null, 0, null, 0, null), NOW)).isEmpty();
        assertThat(LIMITS.refusal(new SignInHistory(4, NOW, 4, NOW, 4, NOW), NOW)).isEmpty();
    }

    @Test
    void a_hundred_failures_in_an_hour_make_the_email_wait_until_the_oldest_is_an_hour_old() {
        // successes in between kept the run short, but the hourly cap does not care
        var history = new SignInHistory(2, NOW.minusSeconds(10), 100, NOW.minus(Duration.ofMinutes(40)), 100,
                NOW.minus(Duration.ofMinutes(40)));

        assertThat(LIMITS.refusal(history, NOW)).contains(new Refusal(Reason.EMAIL, Duration.ofMinutes(20)));
        assertThat(LIMITS.refusal(history, NOW.plus(Duration.ofMinutes(20)))).isEmpty();
    }

    @Test
    void three_hundred_failures_from_one_address_in_an_hour_make_every_email_from_it_wait() {
        var history = new SignInHistory(0, null, 0, null, 300, NOW.minus(Duration.ofMinutes(50)));

        assertThat(LIMITS.refusal(history, NOW)).contains(new Refusal(Reason.ADDRESS, Duration.ofMinutes(10)));
        assertThat(LIMITS.refusal(new SignInHistory(0, null, 0, null, 299, NOW.minusSeconds(1)), NOW)).isEmpty();
    }

    @Test
    void when_both_the_email_and_the_address_must_wait_the_longer_wait_is_given() {
        var history = new SignInHistory(10, NOW, 10, NOW, 300, NOW.minus(Duration.ofMinutes(50)));

        assertThat(LIMITS.refusal(history, NOW)).contains(new Refusal(Reason.EMAIL, Duration.ofMinutes(15)));
    }

    @Test
    void the_wait_is_told_in_whole_seconds_rounded_up() {
        assertThat(new SignInThrottledException(Reason.EMAIL, Duration.ofSeconds(30)).waitSeconds()).isEqualTo(30);
        assertThat(new SignInThrottledException(Reason.EMAIL, Duration.ofMillis(29_001)).waitSeconds()).isEqualTo(30);
        assertThat(new SignInThrottledException(Reason.EMAIL, Duration.ofMillis(1)).waitSeconds()).isEqualTo(1);
    }
}
