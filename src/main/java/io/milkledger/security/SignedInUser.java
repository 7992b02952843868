package io.milkledger.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The person behind a session: their account id travels with the authentication, so services never ask a view.
 * Not final: after a sign-in with Google or GitHub, Spring needs the principal to be the provider's user as well,
 * so {@code account.oauth} extends it (adding nothing that {@link #equals} would have to know).
 */
public class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final List<GrantedAuthority> authorities;
    // null in a session stored before it was kept: such a sign-in counts as long ago
    private final @Nullable Instant signedInAt;

    /**
     * @param signedInAt when the person signed in, by the app's clock: the account's details are read for the
     *                   sign-in (or its provider's), so that is now
     */
    public SignedInUser(long accountId, String email, String displayName, @Nullable String passwordHash,
                        boolean enabled, Collection<? extends GrantedAuthority> authorities,
                        @Nullable Instant signedInAt) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.authorities = List.copyOf(authorities);
        this.signedInAt = signedInAt;
    }

    /** The id of the signed-in account. */
    public long accountId() {
        return accountId;
    }

    /** The same user under a new name, after they renamed themselves. */
    public SignedInUser withDisplayName(String newName) {
        return new SignedInUser(accountId, email, newName, passwordHash, enabled, authorities, signedInAt);
    }

    /**
     * Whether this session signed in within the last {@code window}, by the clock's time: what an action that
     * cannot ask for a password (an account without one) asks instead.
     */
    public boolean signedInWithin(Duration window, Clock clock) {
        return signedInAt != null && !signedInAt.isBefore(clock.instant().minus(window));
    }

    /** When this session signed in, if known. */
    public @Nullable Instant signedInAt() {
        return signedInAt;
    }

    /** The name the app greets them with. */
    public String displayName() {
        return displayName;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    /** The same account is the same user, whatever its name or password hash at sign-in. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SignedInUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public void eraseCredentials() {
        // the hash has no business in the session once the password was checked
        passwordHash = null;
    }
}
