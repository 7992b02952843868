package io.milkledger.security.throttle;

import org.springframework.security.authentication.LockedException;

import java.io.Serial;
import java.time.Duration;

/**
 * A sign-in refused before its password was checked, because its email or client address had too many failed
 * sign-ins. A {@link LockedException}, so Spring asks no other provider and publishes a "locked" failure event;
 * unlike a locked account it ends by itself after {@link #waitTime()}.
 */
public class SignInThrottledException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Whose failures made the attempt wait. */
    public enum Reason {
        /** The email typed, whether or not an account has it. */
        EMAIL,
        /** The client address, across all emails. */
        ADDRESS
    }

    private final Reason reason;
    private final Duration waitTime;

    /** An attempt refused for the reason, to be checked again after the wait. */
    public SignInThrottledException(Reason reason, Duration waitTime) {
        super("Too many failed sign-ins for this " + (reason == Reason.EMAIL ? "email" : "client address")
                + "; try again in " + waitTime.toSeconds() + " s");
        this.reason = reason;
        this.waitTime = waitTime;
    }

    /** Whose failures made the attempt wait. */
    public Reason reason() {
        return reason;
    }

    /** How long until an attempt would be checked again. */
    public Duration waitTime() {
        return waitTime;
    }

    /** The wait in whole seconds, rounded up so "try again in" is never too early, and at least one. */
    public long waitSeconds() {
        long seconds = waitTime.toSeconds() + (waitTime.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
