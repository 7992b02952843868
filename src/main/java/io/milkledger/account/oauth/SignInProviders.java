package io.milkledger.account.oauth;

import io.milkledger.account.SignInProvider;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The sign-in providers this deployment offers: those whose client id and secret are both set. */
public final class SignInProviders {

    /** Where a provider sends the person back to, as the address they saw (behind a proxy, its https one). */
    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    private final List<ClientRegistration> registrations;

    private SignInProviders(List<ClientRegistration> registrations) {
        this.registrations = List.copyOf(registrations);
    }

    /** The providers set up in the settings, Google first. */
    static SignInProviders from(OAuthSettings settings) {
        List<ClientRegistration> registrations = new ArrayList<>();
        if (settings.google().configured()) {
            registrations.add(google(settings.google()));
        }
        if (settings.github().configured()) {
            registrations.add(github(settings.github()));
        }
        return new SignInProviders(registrations);
    }

    /** The providers to offer on the sign-in page, Google first; empty when none is set up. */
    public List<SignInProvider> offered() {
        return registrations.stream()
                .map(registration -> SignInProvider.byRegistrationId(registration.getRegistrationId()).orElseThrow())
                .toList();
    }

    boolean none() {
        return registrations.isEmpty();
    }

    /** Spring's view of the providers; only when there is at least one. */
    ClientRegistrationRepository repository() {
        return new InMemoryClientRegistrationRepository(registrations);
    }

    private static ClientRegistration google(OAuthSettings.Google google) {
        String id = SignInProvider.GOOGLE.registrationId();
        ClientRegistration.Builder builder = google.issuerUri() == null ? CommonOAuth2Provider.GOOGLE.getBuilder(id)
                // a stand-in for Google, set up as Spring's GOOGLE is, with its endpoints from its discovery document
                : ClientRegistrations.fromOidcIssuerLocation(google.issuerUri().toString())
                        .registrationId(id)
                        .clientName(SignInProvider.GOOGLE.displayName())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .scope("openid", "profile", "email")
                        .userNameAttributeName(IdTokenClaimNames.SUB);
        return builder.clientId(Objects.requireNonNull(google.clientId()).strip())
                .clientSecret(Objects.requireNonNull(google.clientSecret()).strip())
                .redirectUri(REDIRECT_URI)
                .build();
    }

    private static ClientRegistration github(OAuthSettings.GitHub github) {
        return CommonOAuth2Provider.GITHUB.getBuilder(SignInProvider.GITHUB.registrationId())
                .clientId(Objects.requireNonNull(github.clientId()).strip())
                .clientSecret(Objects.requireNonNull(github.clientSecret()).strip())
                .authorizationUri(address(github.uri(), "/login/oauth/authorize"))
                .tokenUri(address(github.uri(), "/login/oauth/access_token"))
                .userInfoUri(address(github.apiUri(), "/user"))
                // read:user for the profile; user:email for the addresses and whether GitHub verified them
                .scope("read:user", "user:email")
                .redirectUri(REDIRECT_URI)
                .build();
    }

    private static String address(URI base, String path) {
        String text = base.toString();
        return (text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path;
    }
}
