package io.milkledger.twofactor;

import io.milkledger.Households;
import io.milkledger.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Test households with two-factor sign-in on, set up through the real service. */
@Component
public class TwoFactorHouseholds {

    private final Households households;
    private final TwoFactorService twoFactor;
    private final UserDetailsService users;
    private final Clock clock;

    TwoFactorHouseholds(Households households, TwoFactorService twoFactor, UserDetailsService users, Clock clock) {
        this.households = households;
        this.twoFactor = twoFactor;
        this.users = users;
        this.clock = clock;
    }

    /** What a household with two-factor sign-in on has: its email, its phone and its recovery codes. */
    public record Enrolled(String email, AuthenticatorApp app, List<String> recoveryCodes) {
    }

    /**
     * Registers a household and turns two-factor sign-in on with the code of the current step, which is then
     * used: the next code the tests give must be of a later step. Leaves nobody signed in.
     */
    public Enrolled register(String name) {
        String email = households.registerAndSignIn(name);
        Enrolment enrolment = twoFactor.startSettingUp(Households.PASSWORD);
        var app = new AuthenticatorApp(enrolment.key());
        List<String> codes = twoFactor.turnOn(app.codeAt(clock.instant()));
        Households.signOut();
        return new Enrolled(email, app, codes);
    }

    /** Makes the current thread's session one that passed the password and waits for the code. */
    public void passPassword(String email) {
        var user = (SignedInUser) users.loadUserByUsername(email);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        var password = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PartialSignIn(password, user, clock.instant()));
        SecurityContextHolder.setContext(context);
    }
}
