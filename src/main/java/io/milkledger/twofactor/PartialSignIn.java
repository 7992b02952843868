package io.milkledger.twofactor;

import io.milkledger.security.HouseholdOnly;
import io.milkledger.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import java.io.Serial;
import java.time.Instant;
import java.util.List;

/**
 * A sign-in that passed its first factor (the password) for an account with two-factor sign-in on, and waits for
 * the code. It holds only the first factor's {@code FACTOR_*} authorities, no role, so every
 * {@code @HouseholdOnly} refuses it; its principal is the email, not a {@link SignedInUser}, so
 * {@link io.milkledger.security.CurrentUser} finds nobody signed in. The authorities the account gets once the
 * code is right travel with it, out of Spring Security's sight.
 */
public final class PartialSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final List<GrantedAuthority> authoritiesAfterCode;
    private final Instant firstFactorAt;

    PartialSignIn(Authentication firstFactor, SignedInUser user, Instant firstFactorAt) {
        super(firstFactor.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(GrantedAuthority.class::cast)
                .toList());
        this.user = user;
        this.authoritiesAfterCode = List.copyOf(firstFactor.getAuthorities());
        this.firstFactorAt = firstFactorAt;
        setDetails(firstFactor.getDetails());
        super.setAuthenticated(true);
    }

    /** The email of the account signing in. */
    @Override
    public Object getPrincipal() {
        return user.getUsername();
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    SignedInUser user() {
        return user;
    }

    List<GrantedAuthority> authoritiesAfterCode() {
        return authoritiesAfterCode;
    }

    Instant firstFactorAt() {
        return firstFactorAt;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PartialSignIn partial && super.equals(partial)
                && partial.firstFactorAt.equals(firstFactorAt);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
