package io.milkledger.security.throttle;

import io.milkledger.security.throttle.SignInAttempts.PendingAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transactions;
    private final SignInLimits limits = SignInLimits.STANDARD;

    SignInThrottle(SignInAttempts attempts, Clock clock, TransactionTemplate transactions) {
        this.attempts = attempts;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Lets the attempt go ahead or refuses it; call before the password is checked. An attempt let through
     * counts as a failure at once, in the same transaction as the check and under a lock per email and address:
     * fifty attempts at the same moment are checked one after the other, each seeing the ones before it, so no
     * more passwords are tried than the limits allow. Tell the outcome with {@link #succeeded(PendingAttempt)} or
     * {@link #withdrawn(PendingAttempt)}; a wrong password needs nothing more.
     *
     * @throws SignInThrottledException saying how long to wait
     */
    PendingAttempt admit(SignInKeys keys) {
        return transactions.execute(status -> {
            attempts.lock(keys);
            Instant now = clock.instant();
            var refusal = limits.refusal(attempts.history(keys, now), now);
            if (refusal.isPresent()) {
                throw new SignInThrottledException(refusal.get().reason(), refusal.get().waitTime());
            }
            return attempts.recordPending(keys, now);
        });
    }

    /** The password of an admitted attempt was right: the email's run of failures ends. */
    void succeeded(PendingAttempt attempt) {
        attempts.recordOutcome(attempt, clock.instant());
    }

    /** An admitted attempt ended neither with a right nor with a wrong password: it does not count. */
    void withdrawn(PendingAttempt attempt) {
        attempts.withdraw(attempt);
    }

    /** The email or the password was wrong, for an attempt that was not {@link #admit admitted}. */
    void failed(SignInKeys keys) {
        attempts.recordFailure(keys, clock.instant());
    }

    /** The password was right, for an attempt that was not admitted: the email's run of failures ends. */
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
