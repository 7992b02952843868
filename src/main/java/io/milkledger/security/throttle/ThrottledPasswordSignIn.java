package io.milkledger.security.throttle;

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
        SignInKeys keys = SignInKeys.of(attempt);
        throttle.check(keys);
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            if (signedIn != null) {
                throttle.succeeded(keys);
            }
            return signedIn;
        } catch (BadCredentialsException wrongEmailOrPassword) {
            // an unknown email ends here too (Spring hides which of the two was wrong), so it counts the same
            throttle.failed(keys);
            throw wrongEmailOrPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
