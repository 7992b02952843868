package io.milkledger.admin;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actorEmail    who did it: the admin, or the person signing in (for a failed sign-in, the email typed);
 *                      empty when the installation did it, as {@code APP_ADMIN_EMAILS} does
 * @param targetEmail   the account it was done to, if any
 * @param clientAddress where the request came from, if it came from one
 */
public record AuditEntry(long id, Instant occurredAt, String action, @Nullable String actorEmail,
                         @Nullable String targetEmail, @Nullable String clientAddress, @Nullable String detail) {
}
