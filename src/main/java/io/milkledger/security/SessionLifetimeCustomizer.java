package io.milkledger.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Puts {@link SessionLifetime} into the app's filter chain, after Spring's check of sessions ended elsewhere, and
 * has every sign-in stamp its session. Not a bean of its own: a filter bean would also run outside the chain.
 */
@Component
@EnableConfigurationProperties(SessionProperties.class)
class SessionLifetimeCustomizer implements SignInCustomizer {

    private final SessionLifetime lifetime;

    SessionLifetimeCustomizer(SessionProperties limits, List<SessionsValidFrom> validFrom, Clock clock) {
        this.lifetime = new SessionLifetime(limits, validFrom, clock);
    }

    @Override
    public void customize(HttpSecurity http) {
        http.sessionManagement(sessions -> sessions.addSessionAuthenticationStrategy(lifetime.stampAtSignIn()));
        http.addFilterAfter(lifetime, ConcurrentSessionFilter.class);
    }
}
