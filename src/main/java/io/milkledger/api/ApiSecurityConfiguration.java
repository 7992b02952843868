package io.milkledger.api;

import io.milkledger.account.ActiveAccounts;
import io.milkledger.token.ApiTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own security filter chain, in front of the views' one: stateless (no session is read or made, so a
 * browser's signed-in cookie does not reach the API), no CSRF tokens (nothing is sent by a browser on its own:
 * every request carries its token), a bearer token on every request, reads for any working token and writes only
 * for one with read and write access. Refusals are problems: 401 with {@code WWW-Authenticate: Bearer}, 403 for a
 * read-only token's write.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String API_PATHS = "/api/**";

    @Bean
    @Order(0)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, ActiveAccounts accounts,
            SecurityContextHolderStrategy contexts) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, refusal) -> {
            boolean presented = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented
                    ? "Bearer realm=\"Milk Ledger\", error=\"invalid_token\""
                    : "Bearer realm=\"Milk Ledger\"");
            Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, presented
                    ? "The token is not valid: it was revoked, has expired, was mistyped, or its account is disabled."
                    : "Sign in with a token: send \"Authorization: Bearer <token>\". Create one on your account page."));
        };
        AccessDeniedHandler forbidden = (request, response, refusal) -> Problems.write(response,
                Problems.of(HttpStatus.FORBIDDEN, Problems.READ_ONLY_TOKEN, "Read-only token",
                        "This token may only read. Create a token with read and write access to make changes."));

        var authentication = new AuthenticationFilter(
                new ProviderManager(new TokenAuthenticationProvider(tokens, accounts)), new BearerTokenConverter());
        authentication.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        authentication.setSuccessHandler((request, response, signedIn) -> {
            // go on to the endpoint: no redirect, nothing stored
        });
        authentication.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        // the strategy the other filters and the services read (Vaadin's, which falls back to the thread)
        authentication.setSecurityContextHolderStrategy(contexts);

        return http.securityMatcher(API_PATHS)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .addFilterAt(authentication, BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, API_PATHS).hasAuthority(TokenAuthenticationProvider.READ)
                        .requestMatchers(HttpMethod.HEAD, API_PATHS).hasAuthority(TokenAuthenticationProvider.READ)
                        .anyRequest().hasAuthority(TokenAuthenticationProvider.WRITE))
                .build();
    }
}
