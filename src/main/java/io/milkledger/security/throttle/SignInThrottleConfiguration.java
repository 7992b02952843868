package io.milkledger.security.throttle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Puts the throttle in front of the password check. */
@Configuration(proxyBeanMethods = false)
class SignInThrottleConfiguration {

    /**
     * The password check Spring would otherwise build from the {@link UserDetailsService} and
     * {@link PasswordEncoder} beans, built the same way here so the throttle can sit in front of it: Spring
     * offers no hook before its own provider's check. Being the only {@link AuthenticationProvider} bean, it is
     * what the global {@code AuthenticationManager}, and so the sign-in form, uses. Features refuse an account
     * whose password was right (an email not confirmed yet) with {@link UserDetailsChecker} beans, run after the
     * password check so the refusal tells nothing to someone without the password.
     */
    @Bean
    AuthenticationProvider throttledPasswordSignIn(SignInThrottle throttle, UserDetailsService users,
                                                   PasswordEncoder passwordEncoder,
                                                   ObjectProvider<UserDetailsPasswordService> passwordUpgrades,
                                                   ObjectProvider<CompromisedPasswordChecker> compromisedPasswords,
                                                   ObjectProvider<UserDetailsChecker> afterPasswordChecks) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        // as Spring's own wiring does: stored hashes in an older scheme are upgraded on sign-in, when an app offers it
        passwordUpgrades.ifUnique(passwords::setUserDetailsPasswordService);
        compromisedPasswords.ifUnique(passwords::setCompromisedPasswordChecker);
        // Spring checks whether an account is disabled before the password; here it is checked after, so only
        // someone with the right password learns that the account exists and is disabled
        var accountStatus = new AccountStatusUserDetailsChecker();
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            // Spring's own checks, then the features' (looked up at sign-in, so building the sign-in does not
            // start their services early)
            accountStatus.check(user);
            afterPasswordChecks.orderedStream().forEach(check -> check.check(user));
        });
        return new ThrottledPasswordSignIn(throttle, passwords);
    }
}
