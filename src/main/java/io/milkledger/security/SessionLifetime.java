package io.milkledger.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Ends a signed-in session that was idle too long, signed in too long ago, or signed in before its account's
 * "sessions valid from" time. Runs in the security chain on every request; the session remembers when it signed
 * in and when a person last did something, and a Vaadin heartbeat (which an open tab sends every few minutes on
 * its own) is not something a person did. An ended session is invalidated and the request goes on signed out:
 * a page load lands on the sign-in page, a click in an open page gets Vaadin's "session expired" and reloads.
 */
final class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";
    static final String LAST_ACTIVITY = SessionLifetime.class.getName() + ".lastActivity";

    private static final Logger log = LoggerFactory.getLogger(SessionLifetime.class);

    private final SessionProperties limits;
    private final List<SessionsValidFrom> validFrom;
    private final Clock clock;

    SessionLifetime(SessionProperties limits, List<SessionsValidFrom> validFrom, Clock clock) {
        this.limits = limits;
        this.validFrom = validFrom;
        this.clock = clock;
    }

    /** Stamps the session with the time of signing in, whichever way it was; run by Spring at every sign-in. */
    SessionAuthenticationStrategy stampAtSignIn() {
        return (authentication, request, response) -> {
            HttpSession session = request.getSession();
            Instant now = clock.instant();
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(LAST_ACTIVITY, now);
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext()
                .getAuthentication();
        if (session != null && signedIn(authentication)) {
            Instant now = clock.instant();
            Instant signedInAt = attribute(session, SIGNED_IN_AT, now);
            Instant lastActivity = attribute(session, LAST_ACTIVITY, now);
            String over = reasonItIsOver(authentication, signedInAt, lastActivity, now);
            if (over != null) {
                log.debug("Signed out session of {}: {}", authentication.getName(), over);
                SecurityContextHolder.getContextHolderStrategy().clearContext();
                session.invalidate();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private @Nullable String reasonItIsOver(Authentication authentication, Instant signedInAt, Instant lastActivity,
                                            Instant now) {
        if (!Duration.between(lastActivity, now).minus(limits.idleTimeout()).isNegative()) {
            return "idle for " + Duration.between(lastActivity, now);
        }
        if (!Duration.between(signedInAt, now).minus(limits.absoluteLifetime()).isNegative()) {
            return "signed in " + Duration.between(signedInAt, now) + " ago";
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            for (SessionsValidFrom source : validFrom) {
                if (source.validFrom(user.accountId()).filter(signedInAt::isBefore).isPresent()) {
                    return "signed out everywhere";
                }
            }
        }
        return null;
    }

    private static boolean signedIn(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Vaadin's client sends {@code ?v-r=heartbeat} on its own, to keep the page's server side alive. */
    static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }

    private static Instant attribute(HttpSession session, String name, Instant otherwise) {
        if (session.getAttribute(name) instanceof Instant stored) {
            return stored;
        }
        // a session signed in before this filter existed, or without Spring's sign-in (tests): counted from now
        session.setAttribute(name, otherwise);
        return otherwise;
    }
}
