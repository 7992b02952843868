package io.milkledger.admin;

import org.jspecify.annotations.Nullable;

/**
 * Which accounts the users view lists; {@code null} means "any".
 *
 * @param search part of the email or the name, in any case; blank for all
 */
public record UserFilter(String search, @Nullable Boolean enabled, @Nullable Boolean verified,
                         @Nullable SignInMethod signInMethod, @Nullable Boolean admin) {

    /** Every account. */
    public static final UserFilter ALL = new UserFilter("", null, null, null, null);
}
