package io.milkledger.security.throttle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Counts sign-ins with a password and refuses an attempt whose email or client address must wait. Everything
 * is in PostgreSQL, so every app instance sees the same counts.
 */
@Service
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInAttempts attempts;
    private final Clock clock;
    private final SignInLimits limits = SignInLimits.STANDARD;

    SignInThrottle(SignInAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Lets the attempt go ahead or refuses it; call before the password is checked.
     *
     * @throws SignInThrottledException saying how long to wait
     */
    void check(SignInKeys keys) {
        Instant now = clock.instant();
        var refusal = limits.refusal(attempts.history(keys, now), now);
        if (refusal.isPresent()) {
            throw new SignInThrottledException(refusal.get().reason(), refusal.get().waitTime());
        }
    }

    /** The email or the password was wrong. */
    void failed(SignInKeys keys) {
        attempts.recordFailure(keys, clock.instant());
    }

    /** The password was right: the email's run of failures ends. */
    void succeeded(SignInKeys keys) {
        attempts.recordSuccess(keys, clock.instant());
    }

    /**
     * Deletes attempts too old to count. Every instance runs it; a second run finds nothing to delete.
     * The first run waits a few minutes, so a starting app does not add to the work of a deployment.
     */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    void forgetOldAttempts() {
        int forgotten = attempts.forgetBefore(clock.instant().minus(SignInLimits.MEMORY));
        log.debug("Forgot {} sign-in attempts older than {}", forgotten, SignInLimits.MEMORY);
    }
}
