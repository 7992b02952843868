package io.milkledger.security;

import io.milkledger.security.throttle.SignInFailureHandler;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.util.List;

/**
 * Sign-in for the Vaadin views. Views carry access annotations, but the boundary is the service layer:
 * {@link EnableMethodSecurity} makes every {@code @PreAuthorize} on a service count. The password check itself,
 * with brute-force throttling in front of it, is in {@link io.milkledger.security.throttle}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * What the pages may load and run. Vaadin Flow needs {@code 'unsafe-inline'} scripts (its bootstrap) and
     * {@code 'unsafe-eval'} (it runs the expressions the server sends as functions), and inline styles; the rest is
     * as tight as the app allows: its own origin only, no plugins, no {@code <base>} elsewhere, never in a frame,
     * forms posted only to itself. Images may be {@code data:} (the two-factor QR code) and {@code blob:}.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Browser features the app never uses, refused for it and anything it could embed. */
    static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "serial=()", "bluetooth=()",
            "magnetometer=()", "gyroscope=()", "accelerometer=()", "display-capture=()", "interest-cohort=()");

    /** The platform's health checks, and nothing else of actuator, answer without signing in. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
        securityHeaders(http);
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().denyAll())
                // the rest of actuator does not exist as far as the internet is concerned
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    // Only with a web server: the import-legacy command starts the app without one (io.milkledger.legacy), and
    // Vaadin's configurer needs a servlet context.
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, List<SignInCustomizer> customizers,
            SignInPage signInPage) throws Exception {
        for (SignInCustomizer customizer : customizers) {
            customizer.customize(http);
        }
        securityHeaders(http);
        // every session is registered, so a password change, a disabled or a deleted account can end them; the
        // next click in such a session lands on the sign-in page
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry())
                .expiredSessionStrategy(new EndedSessionLanding(signInPage.path())));
        // signing in lands on the dashboard, unless a page was asked for first
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(signInPage.view())
                        .defaultSuccessUrl("/dashboard"))
                // Vaadin sets the login page and success handler but leaves failures to Spring's "?error";
                // a throttled sign-in goes back with how long to wait instead
                .formLogin(form -> form.failureHandler(new SignInFailureHandler(signInPage.path())))
                .build();
    }

    /**
     * On every response, besides Spring's defaults (HSTS over https, nosniff, no caching of pages): the content
     * security policy, no {@code Referer} at all (links carry tokens: a verification or reset page must not hand
     * its address to anything it loads or links to), and the permissions policy.
     */
    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            // before the request is handled, not when the response commits: Vaadin's page handler answers
            // without the headers that Spring would otherwise add at the end (and adds its own X-Frame-Options
            // when it sees none)
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
        });
    }

    /**
     * Spring's publisher of sign-in events, told to publish failures it has no event type for too (a throttled
     * attempt, an email not confirmed, a refused Google or GitHub sign-in), so the audit log sees every failure.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not keep them forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Argon2id for new hashes; bcrypt and the old app's Werkzeug hashes still check, and are upgraded at the next
     * sign-in. Only the encoders the app writes are known: Spring's full set would also accept {@code {noop}} (the
     * password itself) and {@code {MD5}}, which a stored hash could then be; an unknown id matches nothing.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.create();
    }
}
