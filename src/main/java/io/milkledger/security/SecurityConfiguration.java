package io.milkledger.security;

import io.milkledger.account.ui.LoginView;
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
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

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

    /** The platform's health checks, and nothing else of actuator, answer without signing in. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
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
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, List<SignInCustomizer> customizers)
            throws Exception {
        for (SignInCustomizer customizer : customizers) {
            customizer.customize(http);
        }
        // every session is registered, so a password change, a disabled or a deleted account can end them; the
        // next click in such a session lands on the sign-in page
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry())
                .expiredSessionStrategy(new EndedSessionLanding("/login")));
        // signing in lands on the dashboard, unless a page was asked for first
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .defaultSuccessUrl("/dashboard"))
                // Vaadin sets the login page and success handler but leaves failures to Spring's "?error";
                // a throttled sign-in goes back with how long to wait instead
                .formLogin(form -> form.failureHandler(new SignInFailureHandler("/login")))
                .build();
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

    /** Argon2id for new hashes; bcrypt and the old app's Werkzeug hashes still check, and are upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.create();
    }
}
