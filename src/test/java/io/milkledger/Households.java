package io.milkledger;

import io.milkledger.account.AccountService;
import io.milkledger.account.Registration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.UUID;

/** Test households: registered through the real service and signed in the way Spring Security does it. */
@Component
public class Households {

    public static final String PASSWORD = "fresh milk every morning";

    private final AccountService accounts;
    private final UserDetailsService users;

    Households(AccountService accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** Registers a household with a unique email in the given zone and returns that email. */
    public String register(String name, ZoneId zone) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.com";
        accounts.register(new Registration(name, email, PASSWORD, PASSWORD, zone));
        return email;
    }

    /** Registers a household in Asia/Kolkata and signs in as them. */
    public String registerAndSignIn(String name) {
        String email = register(name, ZoneId.of("Asia/Kolkata"));
        signIn(email);
        return email;
    }

    /** Makes the household the signed-in user of the current thread. */
    public void signIn(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
