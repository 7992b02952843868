package io.milkledger.security;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a household's sessions: the others after a password change (so a stolen session dies with the old
 * password), or all of them when the account is deleted. Expired sessions are signed out on their next request.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the account except the one making this request. */
    public int endOtherSessions(long accountId) {
        String current = currentSessionId();
        return expire(accountId, current);
    }

    /** Ends every session of the account, this one included. */
    public int endAllSessions(long accountId) {
        return expire(accountId, null);
    }

    private int expire(long accountId, @Nullable String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.accountId() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keep)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
