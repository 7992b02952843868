package io.milkledger.account.oauth;

import io.milkledger.account.ProviderSignInRefusedException;
import io.milkledger.account.SignInProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Sends a failed provider sign-in back to the sign-in page, saying which provider and what went wrong:
 * {@code ?oauth=unverified&provider=github} when the provider has not verified the email (whether or not an account
 * has it: the page must not tell),
 * {@code ?oauth=no-email} when the provider gave no email, {@code ?oauth=failed} for anything else (the person
 * cancelled at the provider, a disabled account, a provider that did not answer).
 */
final class ProviderSignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(ProviderSignInFailureHandler.class);

    private final String loginPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    /** @param loginPath the sign-in view's path, such as {@code /login} */
    ProviderSignInFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    /** A refusal as Spring's OAuth sign-in passes it on: an authentication failure that keeps the reason. */
    static OAuth2AuthenticationException refused(ProviderSignInRefusedException refused) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED), refused.getMessage(),
                refused);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        // the failure happens at the redirection endpoint, /login/oauth2/code/{registrationId}
        String uri = request.getRequestURI();
        var provider = SignInProvider.byRegistrationId(uri.substring(uri.lastIndexOf('/') + 1));
        String outcome = "failed";
        if (exception.getCause() instanceof ProviderSignInRefusedException refused) {
            log.info("Sign-in with {} refused: {}", provider.map(SignInProvider::displayName).orElse(uri),
                    refused.getMessage());
            outcome = switch (refused.reason()) {
                case UNVERIFIED_EMAIL -> "unverified";
                case NO_EMAIL -> "no-email";
                case DISABLED -> "failed";
            };
        } else {
            log.warn("Sign-in with {} failed: {}", provider.map(SignInProvider::displayName).orElse(uri),
                    exception.getMessage());
        }
        redirects.sendRedirect(request, response, loginPath + "?oauth=" + outcome
                + provider.map(known -> "&provider=" + known.registrationId()).orElse(""));
    }
}
