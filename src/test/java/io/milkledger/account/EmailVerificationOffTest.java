package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.context.TestPropertySource;

import java.time.ZoneId;
import java.util.UUID;

import static io.milkledger.TestMailServer.RESET;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code EMAIL_VERIFICATION=off}: an email typed at sign-up lets the account sign in, but proves nothing. It makes
 * no admin through {@code APP_ADMIN_EMAILS} until a link that reached the address proves it, and the password set
 * with it goes when the address's owner signs in with a provider that verified it.
 */
@MailIntegrationTest
@TestPropertySource(properties = {
        "milk-ledger.email.verification=off",
        "milk-ledger.admins.emails=boss@example.com"})
class EmailVerificationOffTest {

    private static final String NEW_PASSWORD = "the boss's own passphrase";

    @Autowired
    RegistrationService registrations;
    @Autowired
    PasswordResetService resets;

    private AuthenticationManager authentication;

    @BeforeEach
    void useSpringsAuthenticationManager(@Autowired AuthenticationConfiguration security) throws Exception {
        authentication = security.getAuthenticationManager();
    }

    @Test
    void whoever_registers_a_listed_address_first_is_no_admin_until_a_reset_link_proves_the_address() {
        registrations.register(new Registration("Not the boss", "Boss@example.com", Households.PASSWORD,
                Households.PASSWORD, ZoneId.of("UTC")));

        assertThat(roles(signIn("boss@example.com", Households.PASSWORD))).as("may sign in, is no admin")
                .contains("ROLE_USER").doesNotContain("ROLE_ADMIN");

        resets.requestReset("boss@example.com");
        String link = token(mailTo("boss@example.com", RESET), "/reset-password");
        assertThat(resets.reset(link, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(EmailLinkStatus.WORKS);

        assertThat(roles(signIn("boss@example.com", NEW_PASSWORD))).contains("ROLE_ADMIN");
    }

    @Test
    void a_password_registered_in_advance_for_someone_elses_address_goes_when_they_sign_in_with_google(
            @Autowired ProviderSignIns providers, @Autowired SessionRegistry sessions) {
        String victim = "victim-" + UUID.randomUUID() + "@gmail.example";
        registrations.register(new Registration("Attacker", victim, Households.PASSWORD, Households.PASSWORD,
                ZoneId.of("UTC")));
        Authentication attacker = signIn(victim, Households.PASSWORD);
        sessions.registerNewSession("attacker-" + victim, attacker.getPrincipal());

        providers.signIn(new ProviderIdentity(SignInProvider.GOOGLE, UUID.randomUUID().toString(), victim, true,
                "Victim"));

        assertThatThrownBy(() -> signIn(victim, Households.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(sessions.getSessionInformation("attacker-" + victim).isExpired()).isTrue();
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private static java.util.List<String> roles(Authentication signedIn) {
        return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
