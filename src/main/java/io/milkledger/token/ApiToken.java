package io.milkledger.token;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One of the household's tokens as the account page lists it: never the token itself, which is shown once, when
 * it is created, and not stored.
 *
 * @param id         the token's id, for revoking it
 * @param name       what the household called it ("Kitchen phone")
 * @param access     what it may do
 * @param createdAt  when it was created
 * @param lastUsedAt when a request last used it, to the minute; null if none did
 * @param expiresAt  when it stops working; null if it never does
 */
public record ApiToken(long id, String name, TokenAccess access, Instant createdAt, @Nullable Instant lastUsedAt,
                       @Nullable Instant expiresAt) {

    /** Whether it has stopped working at {@code now}. */
    public boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
