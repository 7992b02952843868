package io.milkledger.api;

import io.milkledger.security.SignedInUser;
import io.milkledger.token.TokenHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/**
 * A request signed in with a token: before the check only the presented text, after it the household member and
 * the token it used.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient @Nullable String presented;
    private final @Nullable SignedInUser user;
    private final @Nullable TokenHolder holder;

    private TokenAuthentication(@Nullable String presented, @Nullable SignedInUser user,
                                @Nullable TokenHolder holder, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.presented = presented;
        this.user = user;
        this.holder = holder;
        setAuthenticated(user != null);
    }

    /** What a request presents, still to be checked. */
    static TokenAuthentication presented(String token) {
        return new TokenAuthentication(token, null, null, List.of());
    }

    /** A checked token's household member. */
    static TokenAuthentication checked(SignedInUser user, TokenHolder holder,
                                       Collection<? extends GrantedAuthority> authorities) {
        return new TokenAuthentication(null, user, holder, authorities);
    }

    /** The text the request presented; null once checked. */
    @Nullable String presentedToken() {
        return presented;
    }

    /** The token a checked request used. */
    @Nullable TokenHolder holder() {
        return holder;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public @Nullable Object getPrincipal() {
        return user;
    }
}
