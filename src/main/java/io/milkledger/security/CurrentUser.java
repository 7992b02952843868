package io.milkledger.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * The signed-in household, read from the security context. Services take the owner of every row from here,
 * never from an argument a view could forge.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in user, if there is one. */
    public static Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Keeps the session's greeting in step after the household renamed itself. */
    public static void renamed(String displayName) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    user.withDisplayName(displayName), null, authentication.getAuthorities()));
        }
    }

    /** Whether the signed-in user is an admin (whether or not this session passed the second factor). */
    public static boolean isAdmin() {
        return hasAuthority(AdminOnly.ADMIN_AUTHORITY);
    }

    /** Whether this session passed the code of an authenticator app, which admin pages need. */
    public static boolean passedSecondFactor() {
        return hasAuthority(AdminOnly.SECOND_FACTOR_AUTHORITY);
    }

    private static boolean hasAuthority(String authority) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && get().isPresent() && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /**
     * The signed-in account's id.
     *
     * @throws AccessDeniedException when nobody is signed in
     */
    public static long id() {
        return get().map(SignedInUser::accountId)
                .orElseThrow(() -> new AccessDeniedException("Sign in to use your ledger"));
    }
}
