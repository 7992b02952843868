package io.milkledger.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Since when an account's sessions count: a session signed in earlier is over, on every instance of the app. The
 * accounts feature keeps the time with the account ("Sign out everywhere") and implements this.
 */
public interface SessionsValidFrom {

    /** The time before which the account's sessions are over; empty when it never signed out everywhere. */
    Optional<Instant> validFrom(long accountId);
}
