package io.milkledger.security.throttle;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What the table knows about one attempt's email and client address, read in one query.
 *
 * @param failuresInARow          the email's failures since its last successful sign-in (within a day)
 * @param lastFailure             the latest of those, if any
 * @param emailFailuresInWindow   the email's failures in the last hour, successes notwithstanding
 * @param oldestEmailFailure      the oldest of those, if any
 * @param addressFailuresInWindow the client address's failures in the last hour, for any email
 * @param oldestAddressFailure    the oldest of those, if any
 */
record SignInHistory(int failuresInARow, @Nullable Instant lastFailure,
                     int emailFailuresInWindow, @Nullable Instant oldestEmailFailure,
                     int addressFailuresInWindow, @Nullable Instant oldestAddressFailure) {
}
