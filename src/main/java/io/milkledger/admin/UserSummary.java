package io.milkledger.admin;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * What the users view knows of an account. Counts only: never an entry, a price or an amount.
 *
 * @param entries how many days the household has recorded
 */
public record UserSummary(long id, String email, String name, Set<SignInMethod> signInMethods, boolean verified,
                          boolean enabled, boolean admin, Instant created, @Nullable Instant lastSignIn,
                          long entries) {
}
