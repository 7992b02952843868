package io.milkledger.account.oauth;

import io.milkledger.account.ProviderIdentity;
import io.milkledger.account.ProviderSignInRefusedException;
import io.milkledger.account.ProviderSignIns;
import io.milkledger.account.SignInProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Objects;

/**
 * Signing in with Google: Spring checks the ID token and reads the user info, then {@link ProviderSignIns} picks
 * the household. Google's {@code email_verified} claim decides whether the email may join an existing account.
 */
final class GoogleSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService google = new OidcUserService();
    private final ProviderSignIns households;

    GoogleSignIn(ProviderSignIns households) {
        this.households = households;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = google.loadUser(request);
        var identity = new ProviderIdentity(SignInProvider.GOOGLE, user.getSubject(), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()),
                Objects.requireNonNullElse(user.getFullName(), Objects.requireNonNullElse(user.getGivenName(), "")));
        try {
            return new OidcProviderUser(households.signIn(identity), user);
        } catch (ProviderSignInRefusedException refused) {
            throw ProviderSignInFailureHandler.refused(refused);
        }
    }
}
