package io.milkledger;

import io.milkledger.account.RegistrationService;
import io.milkledger.account.Registration;
import io.milkledger.security.AdminOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test households: registered through the real service, with their email confirmed and proven as if they had
 * opened the link, and signed in the way Spring Security does it.
 */
@Component
public class Households {

    public static final String PASSWORD = "fresh milk every morning";

    private final RegistrationService registrations;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    Households(RegistrationService registrations, UserDetailsService users, JdbcClient jdbc) {
        this.registrations = registrations;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Registers a household with a unique, confirmed email in the given zone and returns that email. */
    public String register(String name, ZoneId zone) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@example.com";
        registrations.register(new Registration(name, email, PASSWORD, PASSWORD, zone));
        jdbc.sql("update users set email_verified = true, email_proven_at = now() where email = ?").param(email)
                .update();
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

    /**
     * Makes the household an admin and signs in as them in a session that passed an authenticator code, as admin
     * pages and services need.
     */
    public void signInAsAdmin(String email) {
        jdbc.sql("""
                        insert into user_roles (user_id, role)
                        select id, 'ADMIN' from users where email = ? on conflict do nothing""")
                .param(email).update();
        UserDetails user = users.loadUserByUsername(email);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(AdminOnly.SECOND_FACTOR_AUTHORITY));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    /** The account id of the household with this email. */
    public long id(String email) {
        return jdbc.sql("select id from users where email = ?").param(email).query(Long.class).single();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
