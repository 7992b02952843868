package io.milkledger.account.oauth;

import io.milkledger.account.ProviderSignIns;
import io.milkledger.security.SignInCustomizer;
import io.milkledger.security.SignInPage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.web.client.RestClient;

/**
 * Adds "Sign in with Google" and "Sign in with GitHub" to the views' filter chain, next to the password form:
 * Vaadin's configurer sets up the form for {@code LoginView} and offers OAuth only instead of it, so the OAuth
 * sign-in is Spring's own {@code oauth2Login}, with the same sign-in page and landing page. With no provider set
 * up there is no OAuth sign-in at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuthSettings.class)
class ProviderSignInConfiguration {

    @Bean
    SignInProviders signInProviders(OAuthSettings settings) {
        return SignInProviders.from(settings);
    }

    @Bean
    SignInCustomizer providerSignIn(SignInProviders providers, ProviderSignIns households, SignInPage signInPage) {
        return http -> {
            if (providers.none()) {
                return;
            }
            http.oauth2Login(login -> login
                    .loginPage(signInPage.path())
                    .clientRegistrationRepository(providers.repository())
                    // the provider's tokens are of no use after the sign-in: they go with the session, not into
                    // an application-wide store
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(userInfo -> userInfo
                            .oidcUserService(new GoogleSignIn(households))
                            .userService(new GitHubSignIn(households, RestClient.create())))
                    // as the password form: the page asked for before signing in, or else the dashboard
                    .defaultSuccessUrl("/dashboard")
                    .failureHandler(new ProviderSignInFailureHandler(signInPage.path())));
        };
    }
}
