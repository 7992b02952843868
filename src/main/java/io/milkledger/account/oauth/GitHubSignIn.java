package io.milkledger.account.oauth;

import io.milkledger.account.ProviderIdentity;
import io.milkledger.account.ProviderSignInRefusedException;
import io.milkledger.account.ProviderSignIns;
import io.milkledger.account.SignInProvider;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing in with GitHub, which speaks OAuth 2 but not OpenID Connect: Spring reads {@code /user}, and
 * {@code /user/emails} says which address is primary and whether GitHub verified it ({@code /user} shows only
 * the public address, if any, and never whether it is verified). Then {@link ProviderSignIns} picks the household.
 */
final class GitHubSignIn implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    private static final ParameterizedTypeReference<List<Email>> EMAILS = new ParameterizedTypeReference<>() {
    };

    private final DefaultOAuth2UserService github = new DefaultOAuth2UserService();
    private final ProviderSignIns households;
    private final RestClient api;

    GitHubSignIn(ProviderSignIns households, RestClient api) {
        this.households = households;
        this.api = api;
    }

    /** One entry of {@code /user/emails}. */
    record Email(String email, boolean primary, boolean verified) {
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        OAuth2User user = github.loadUser(request);
        Optional<Email> primary = primaryEmail(request);
        String name = user.getAttribute("name");
        String login = user.getAttribute("login");
        // without a primary address in the list, the public one, if any, counts as not verified
        var identity = new ProviderIdentity(SignInProvider.GITHUB, user.getName(),
                primary.map(Email::email).orElse(user.getAttribute("email")),
                primary.map(Email::verified).orElse(false),
                name != null && !name.isBlank() ? name : Objects.requireNonNullElse(login, ""));
        try {
            return new ProviderUser(households.signIn(identity), user.getAttributes());
        } catch (ProviderSignInRefusedException refused) {
            throw ProviderSignInFailureHandler.refused(refused);
        }
    }

    private Optional<Email> primaryEmail(OAuth2UserRequest request) {
        // GitHub's /user/emails sits next to /user, wherever the API is
        String emailsUri = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri()
                + "/emails";
        try {
            List<Email> emails = api.get().uri(emailsUri)
                    .headers(headers -> headers.setBearerAuth(request.getAccessToken().getTokenValue()))
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(EMAILS);
            return emails == null ? Optional.empty() : emails.stream().filter(Email::primary).findFirst();
        } catch (RestClientException unreadable) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info_response",
                    "GitHub's list of email addresses could not be read", null), unreadable);
        }
    }
}
