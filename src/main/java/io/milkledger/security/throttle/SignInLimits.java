package io.milkledger.security.throttle;

import io.milkledger.security.throttle.SignInThrottledException.Reason;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many failed sign-ins an email and a client address get before the next attempt has to wait.
 * {@link #STANDARD} holds the numbers from {@code docs/decisions/0009-sign-in-throttling.md}.
 *
 * @param freeFailures        failures in a row for an email before the first delay
 * @param firstDelay          the wait after the last free failure; it doubles with every further failure
 * @param longestDelay        the cap on that wait, so an attacker cannot lock the owner out for long
 * @param failuresPerEmail    failures per email in any {@link #WINDOW}, a hard cap whatever the delays
 * @param failuresPerAddress  failures per client address in any {@link #WINDOW}, across all emails
 */
record SignInLimits(int freeFailures, Duration firstDelay, Duration longestDelay, int failuresPerEmail,
                    int failuresPerAddress) {

    static final SignInLimits STANDARD = new SignInLimits(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            100, 300);

    /** The rolling window of the hard caps. */
    static final Duration WINDOW = Duration.ofHours(1);

    /** How far back a run of failures is remembered; older rows are deleted. */
    static final Duration MEMORY = Duration.ofDays(1);

    /** How long after the last of so many failures in a row the next attempt must wait. */
    Duration delayAfter(int failuresInARow) {
        if (failuresInARow < freeFailures) {
            return Duration.ZERO;
        }
        // past 30 doublings any first delay is beyond any sensible cap, and the shift would overflow
        int doublings = Math.min(failuresInARow - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /** Why and for how long an attempt made now must wait, given what is recorded; empty when it may go ahead. */
    Optional<Refusal> refusal(SignInHistory history, Instant now) {
        Instant emailFreeAt = Instant.MIN;
        if (history.lastFailure() != null) {
            emailFreeAt = history.lastFailure().plus(delayAfter(history.failuresInARow()));
        }
        if (history.emailFailuresInWindow() >= failuresPerEmail && history.oldestEmailFailure() != null) {
            emailFreeAt = later(emailFreeAt, history.oldestEmailFailure().plus(WINDOW));
        }
        Instant addressFreeAt = Instant.MIN;
        if (history.addressFailuresInWindow() >= failuresPerAddress && history.oldestAddressFailure() != null) {
            addressFreeAt = history.oldestAddressFailure().plus(WINDOW);
        }
        if (!now.isBefore(emailFreeAt) && !now.isBefore(addressFreeAt)) {
            return Optional.empty();
        }
        // both may apply; the longer wait is the one that decides when the next attempt can go ahead
        return emailFreeAt.isAfter(addressFreeAt)
                ? Optional.of(new Refusal(Reason.EMAIL, Duration.between(now, emailFreeAt)))
                : Optional.of(new Refusal(Reason.ADDRESS, Duration.between(now, addressFreeAt)));
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /** An attempt that must wait, and why. */
    record Refusal(Reason reason, Duration waitTime) {
    }
}
