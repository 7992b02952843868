package io.milkledger.account;

import io.milkledger.security.EmailNotVerifiedException;
import io.milkledger.security.SignedInUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;

/**
 * Keeps an account whose email is not confirmed from signing in with its password. The password check built in
 * {@code security.throttle.SignInThrottleConfiguration} runs it after the password was found right.
 */
@Component
class UnverifiedEmailCheck implements UserDetailsChecker {

    private final EmailVerificationService verification;

    UnverifiedEmailCheck(EmailVerificationService verification) {
        this.verification = verification;
    }

    @Override
    public void check(UserDetails user) {
        if (user instanceof SignedInUser signedIn && !verification.allowsSignIn(signedIn.accountId())) {
            throw new EmailNotVerifiedException();
        }
    }
}
