package io.milkledger.api;

import io.milkledger.account.ActiveAccounts;
import io.milkledger.token.ApiTokens;
import io.milkledger.token.TokenHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a request's token: one of ours that still works ({@link ApiTokens#check}), of an account that still may
 * use the app ({@link ActiveAccounts}). The household member it signs in has the user role, so every
 * household-only service serves it as it serves the views, and the token's access as an authority.
 */
class TokenAuthenticationProvider implements AuthenticationProvider {

    /** Any token that works has this. */
    static final String READ = "API_READ";
    /** A token with read and write access has this too. */
    static final String WRITE = "API_WRITE";

    private final ApiTokens tokens;
    private final ActiveAccounts accounts;

    TokenAuthenticationProvider(ApiTokens tokens, ActiveAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        if (!(authentication instanceof TokenAuthentication request) || request.presentedToken() == null) {
            return null;
        }
        TokenHolder holder = tokens.check(request.presentedToken())
                .orElseThrow(() -> new BadCredentialsException("The token is not valid: revoked, expired or mistyped"));
        return accounts.householdMember(holder.ownerId())
                .map(user -> {
                    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
                    authorities.add(new SimpleGrantedAuthority(READ));
                    if (holder.access().writes()) {
                        authorities.add(new SimpleGrantedAuthority(WRITE));
                    }
                    return TokenAuthentication.checked(user, holder, authorities);
                })
                .orElseThrow(() -> new BadCredentialsException("The token's account is disabled"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return TokenAuthentication.class.isAssignableFrom(authentication);
    }
}
