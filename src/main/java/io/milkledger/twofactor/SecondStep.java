package io.milkledger.twofactor;

import io.milkledger.security.AdminOnly;
import io.milkledger.security.SignedInUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The second step of signing in, on the Spring Security side. After the first factor, an account with two-factor
 * sign-in on gets a {@link PartialSignIn} instead of its full authentication and is sent to {@link #PATH}; the
 * right code there replaces it with the full one under a new session id, and the browser continues where the
 * ordinary sign-in would have sent it.
 */
@Component
class SecondStep {

    /** Where the code is asked for: the route of {@code twofactor.ui.TwoFactorView}. */
    static final String PATH = "/two-factor";

    /** How long after the password the code may come; then the password is asked again. */
    static final Duration TIME_TO_FINISH = Duration.ofMinutes(10);

    /** The factor the code adds to the authentication; admin services ask for it. */
    static final String TOTP_AUTHORITY = AdminOnly.SECOND_FACTOR_AUTHORITY;

    private static final String WHEN_NO_REQUEST = "/dashboard";

    private final TwoFactorRepository twoFactor;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();
    private volatile @Nullable AuthenticationSuccessHandler signedIn;

    SecondStep(TwoFactorRepository twoFactor, Clock clock) {
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    /**
     * A success handler that sends accounts with two-factor sign-in on to the second step and hands everyone else
     * to the given one, which also decides where the browser goes once the second step is done.
     */
    AuthenticationSuccessHandler inFrontOf(AuthenticationSuccessHandler signedIn) {
        this.signedIn = signedIn;
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof SignedInUser user && twoFactor.isEnabled(user.accountId())) {
                save(new PartialSignIn(authentication, user, clock.instant()), request, response);
                redirects.sendRedirect(request, response, PATH);
            } else {
                signedIn.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** The sign-in of this request waiting for its code, unless there is none or it took too long. */
    Optional<PartialSignIn> pending() {
        if (strategy().getContext().getAuthentication() instanceof PartialSignIn partial
                && clock.instant().isBefore(partial.firstFactorAt().plus(TIME_TO_FINISH))) {
            return Optional.of(partial);
        }
        return Optional.empty();
    }

    /**
     * Signs the account in fully, under a new session id, and tells where the browser goes now: the page asked
     * for before signing in, or the dashboard, as the ordinary sign-in decides.
     */
    String finish(PartialSignIn partial) {
        List<GrantedAuthority> authorities = new ArrayList<>(partial.authoritiesAfterCode());
        authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_AUTHORITY));
        var full = UsernamePasswordAuthenticationToken.authenticated(partial.user(), null, authorities);
        full.setDetails(partial.getDetails());
        ServletRequestAttributes web = currentRequest();
        if (web == null || web.getResponse() == null) {
            // no HTTP request behind this call (a test driving a view): the thread's context is all there is
            strategy().getContext().setAuthentication(full);
            return WHEN_NO_REQUEST;
        }
        HttpServletRequest request = web.getRequest();
        HttpServletResponse response = web.getResponse();
        if (request.getSession(false) != null) {
            // as Spring does at every sign-in, so an id seen before the code is worth nothing after it
            request.changeSessionId();
        }
        save(full, request, response);
        return continuation(request, response, full);
    }

    /**
     * Adds the code's factor to this session, or takes it away: a household that just turned two-factor sign-in
     * on typed a right code, so its session counts as having passed one; one that turned it off has none.
     */
    void secondFactorPassed(boolean passed) {
        SecurityContext context = strategy().getContext();
        Authentication current = context.getAuthentication();
        if (!(current != null && current.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities().stream()
                .filter(granted -> !TOTP_AUTHORITY.equals(granted.getAuthority()))
                .map(GrantedAuthority.class::cast)
                .toList());
        if (passed) {
            authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_AUTHORITY));
        }
        var changed = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        changed.setDetails(current.getDetails());
        // the context object is the one kept in the session, so the change lasts beyond this request
        context.setAuthentication(changed);
    }

    /** True when this session passed the first factor but not the code, however long ago. */
    boolean unfinished() {
        return strategy().getContext().getAuthentication() instanceof PartialSignIn;
    }

    /**
     * Drops a sign-in waiting for its code, so the next visit starts with the password.
     *
     * @return whether there was one
     */
    boolean abandon() {
        if (unfinished()) {
            ServletRequestAttributes web = currentRequest();
            SecurityContext empty = strategy().createEmptyContext();
            strategy().setContext(empty);
            if (web != null && web.getResponse() != null) {
                contexts.saveContext(empty, web.getRequest(), web.getResponse());
            }
            return true;
        }
        return false;
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = strategy().createEmptyContext();
        context.setAuthentication(authentication);
        strategy().setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Asks the ordinary sign-in's handler where it would redirect, without letting it touch the response. */
    private String continuation(HttpServletRequest request, HttpServletResponse response, Authentication full) {
        AuthenticationSuccessHandler handler = signedIn;
        if (handler == null) {
            return WHEN_NO_REQUEST;
        }
        var capture = new RedirectCapture(response);
        try {
            handler.onAuthenticationSuccess(request, capture, full);
        } catch (IOException | ServletException failed) {
            throw new IllegalStateException("the sign-in's success handler failed", failed);
        }
        return capture.location == null ? WHEN_NO_REQUEST : capture.location;
    }

    private static SecurityContextHolderStrategy strategy() {
        return SecurityContextHolder.getContextHolderStrategy();
    }

    private static @Nullable ServletRequestAttributes currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web ? web : null;
    }

    /** Keeps a redirect instead of sending it: the browser is in the middle of a Vaadin request. */
    private static final class RedirectCapture extends HttpServletResponseWrapper {

        private @Nullable String location;

        RedirectCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            this.location = location;
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) {
            this.location = location;
        }

        @Override
        public void sendRedirect(String location, int sc) {
            this.location = location;
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) {
            this.location = location;
        }

        @Override
        public void setHeader(String name, @Nullable String value) {
            if ("Location".equalsIgnoreCase(name)) {
                location = value;
            }
            // other headers (Vaadin's "Saved-url") are meant for a sign-in response, not this one
        }

        @Override
        public void setStatus(int sc) {
            // the status of a redirect that is not sent
        }
    }
}
