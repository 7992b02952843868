package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.MailIntegrationTest;
import io.milkledger.base.InvalidInputException;
import io.milkledger.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import static io.milkledger.TestMailServer.CLOCK;
import static io.milkledger.TestMailServer.RESET;
import static io.milkledger.TestMailServer.mailTo;
import static io.milkledger.TestMailServer.text;
import static io.milkledger.TestMailServer.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the owner of an account is told by email when its way in changes (a password changed or reset, a provider
 * linked), and what deleting an account asks of someone who has no password to type.
 */
@MailIntegrationTest
class AccountNoticesTest {

    static final String PASSWORD_CHANGED = "Your Milk Ledger password was changed";

    private static final String NEW_PASSWORD = "a new jug of buffalo milk";

    @Autowired
    Households households;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordResetService resets;
    @Autowired
    ProviderSignIns providers;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Households.signOut();
    }

    @Test
    void a_password_changed_on_the_account_page_is_mailed_to_the_owner() {
        String email = households.registerAndSignIn("Asha");

        accounts.changePassword(Households.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(text(mailTo(email, PASSWORD_CHANGED))).contains("on the account page", "/forgot-password")
                .doesNotContain(NEW_PASSWORD);
    }

    @Test
    void a_password_reset_by_link_is_mailed_to_the_owner() {
        String email = households.register("Bala", ZoneId.of("Asia/Kolkata"));
        resets.requestReset(email);

        resets.reset(token(mailTo(email, RESET), "/reset-password"), NEW_PASSWORD, NEW_PASSWORD);

        assertThat(text(mailTo(email, PASSWORD_CHANGED))).contains("Forgot your password?");
    }

    @Test
    void a_provider_linked_to_an_account_is_mailed_to_the_owner_and_says_when_the_password_was_removed() {
        String proven = households.register("Chitra", ZoneId.of("Asia/Kolkata"));
        String unproven = households.register("Devi", ZoneId.of("Asia/Kolkata"));
        jdbc.sql("update users set email_proven_at = null where email = ?").param(unproven).update();

        providers.signIn(new ProviderIdentity(SignInProvider.GOOGLE, UUID.randomUUID().toString(), proven, true, "C"));
        providers.signIn(new ProviderIdentity(SignInProvider.GITHUB, UUID.randomUUID().toString(), unproven, true,
                "D"));

        assertThat(text(mailTo(proven, "Google was linked to your Milk Ledger account")))
                .contains("can now be signed in to with Google").doesNotContain("removed");
        assertThat(text(mailTo(unproven, "GitHub was linked to your Milk Ledger account")))
                .contains("the password that was set for the account was removed");
    }

    @Test
    void an_account_without_a_password_is_deleted_only_soon_after_signing_in() {
        String email = "provider-only-" + UUID.randomUUID() + "@example.com";
        String subject = UUID.randomUUID().toString();
        var identity = new ProviderIdentity(SignInProvider.GOOGLE, subject, email, true, "Esha");
        actAs(providers.signIn(identity));
        assertThat(accounts.hasPassword()).isFalse();

        CLOCK.advance(AccountService.RECENT_SIGN_IN.plus(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> accounts.deleteAccount(email, ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.getMessage()).contains("sign in again"));
        assertThat(accounts.settings().email()).isEqualTo(email);

        actAs(providers.signIn(identity));
        accounts.deleteAccount(email, "");

        assertThat(jdbc.sql("select count(*) from users where email = ?").param(email).query(Long.class).single())
                .isZero();
    }

    private static void actAs(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
