package io.milkledger.account;

import org.jspecify.annotations.Nullable;

/**
 * Who a sign-in provider says has just signed in.
 *
 * @param provider      Google or GitHub
 * @param subject       the provider's own, permanent id for the person
 * @param email         their email address as the provider gives it, if it gives one
 * @param emailVerified whether the provider says the person has confirmed that address
 * @param displayName   the name the provider knows them by
 */
public record ProviderIdentity(SignInProvider provider, String subject, @Nullable String email, boolean emailVerified,
                               String displayName) {
}
