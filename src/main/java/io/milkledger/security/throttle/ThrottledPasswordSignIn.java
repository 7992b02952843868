package io.milkledger.security.throttle;

import io.milkledger.security.throttle.SignInAttempts.PendingAttempt;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Signing in with an email and password, with the throttle in front: a refused attempt never reaches the
 * password check, so it costs no hashing and tells nothing about the password.
 */
final class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final AuthenticationProvider passwords;

    ThrottledPasswordSignIn(SignInThrottle throttle, AuthenticationProvider passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        // counted as a failure from here on, so parallel attempts cannot all pass the check first
        PendingAttempt admitted = throttle.admit(SignInKeys.of(attempt));
        boolean counted = false;
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            if (signedIn != null) {
                throttle.succeeded(admitted);
                counted = true;
            }
            return signedIn;
        } catch (BadCredentialsException wrongEmailOrPassword) {
            // an unknown email ends here too (Spring hides which of the two was wrong), so it counts the same
            counted = true;
            throw wrongEmailOrPassword;
        } finally {
            if (!counted) {
                // the password was right but the account may not sign in (disabled, email not confirmed), or the
                // check itself failed: as before, such an attempt is neither a failure nor a success
                throttle.withdrawn(admitted);
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
