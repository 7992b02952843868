package io.milkledger.account.oauth;

import io.milkledger.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serial;
import java.util.Map;

/** A household signed in through an OpenID Connect provider (Google): a {@link SignedInUser} and an OidcUser. */
final class OidcProviderUser extends ProviderUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    OidcProviderUser(SignedInUser account, OidcUser provided) {
        super(account, provided.getAttributes());
        this.idToken = provided.getIdToken();
        this.userInfo = provided.getUserInfo();
    }

    /** The ID token's claims with the user info endpoint's, as Spring's own OIDC user has them. */
    @Override
    public Map<String, Object> getClaims() {
        return getAttributes();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }
}
