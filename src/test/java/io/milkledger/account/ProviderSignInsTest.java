package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.account.ProviderSignInRefusedException.Reason;
import io.milkledger.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of provider sign-ins that the full flows in {@code account.oauth} do not reach. */
@IntegrationTest
class ProviderSignInsTest {

    @Autowired
    ProviderSignIns signIns;
    @Autowired
    AccountService accounts;
    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_provider_that_gives_no_email_is_refused_and_nothing_is_stored() {
        String subject = UUID.randomUUID().toString();

        assertThatThrownBy(() -> signIns.signIn(new ProviderIdentity(SignInProvider.GITHUB, subject, null, false,
                "Jaya"))).isInstanceOfSatisfying(ProviderSignInRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(Reason.NO_EMAIL));
        assertThat(jdbc.sql("select count(*) from oauth_identities where subject = :subject")
                .param("subject", subject).query(Long.class).single()).isZero();
    }

    @Test
    void an_email_the_provider_has_not_verified_creates_no_account_and_joins_none() {
        String nobodys = "unclaimed-" + UUID.randomUUID() + "@example.com";
        String someones = households.register("Owner", ZoneId.of("Asia/Kolkata"));

        for (String email : new String[] {nobodys, someones}) {
            String subject = UUID.randomUUID().toString();
            assertThatThrownBy(() -> signIns.signIn(new ProviderIdentity(SignInProvider.GITHUB, subject, email, false,
                    "Claimer"))).isInstanceOfSatisfying(ProviderSignInRefusedException.class,
                    refused -> assertThat(refused.reason()).isEqualTo(Reason.UNVERIFIED_EMAIL));
            assertThat(jdbc.sql("select count(*) from oauth_identities where subject = :subject")
                    .param("subject", subject).query(Long.class).single()).isZero();
        }
        assertThat(jdbc.sql("select count(*) from users where email = :email").param("email", nobodys)
                .query(Long.class).single()).isZero();
    }

    @Test
    void an_address_claimed_through_an_unverified_provider_before_goes_to_the_owner_when_a_provider_proves_it() {
        // as an unverified GitHub address could create an account before: no password, email not verified
        String email = "claimed-" + UUID.randomUUID() + "@example.com";
        String claimer = UUID.randomUUID().toString();
        long id = jdbc.sql("""
                        insert into users (email, display_name, email_verified) values (:email, 'Claimer', false)
                        returning id""").param("email", email).query(Long.class).single();
        jdbc.sql("insert into user_roles (user_id, role) values (:id, 'USER')").param("id", id).update();
        jdbc.sql("""
                        insert into oauth_identities (provider, subject, user_id, email)
                        values ('github', :subject, :id, :email)""")
                .param("subject", claimer).param("id", id).param("email", email).update();

        SignedInUser owner = signIns.signIn(new ProviderIdentity(SignInProvider.GOOGLE, UUID.randomUUID().toString(),
                email, true, "Owner"));

        assertThat(owner.accountId()).isEqualTo(id);
        assertThatThrownBy(() -> signIns.signIn(new ProviderIdentity(SignInProvider.GITHUB, claimer, email, false,
                "Claimer"))).as("the claimer's link is gone").isInstanceOf(ProviderSignInRefusedException.class);
    }

    @Test
    void a_disabled_account_cannot_sign_in_with_a_provider_either() {
        String email = households.register("Kala", ZoneId.of("Asia/Kolkata"));
        jdbc.sql("update users set enabled = false where email = :email").param("email", email).update();

        assertThatThrownBy(() -> signIns.signIn(new ProviderIdentity(SignInProvider.GOOGLE,
                UUID.randomUUID().toString(), email, true, "Kala")))
                .isInstanceOfSatisfying(ProviderSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.DISABLED));
    }

    @Test
    void a_password_set_on_an_email_only_taken_on_trust_is_dropped_and_its_sessions_end_when_a_provider_proves_it(
            @Autowired SessionRegistry sessions, @Autowired UserDetailsService users) {
        // with EMAIL_VERIFICATION=off, someone registered a stranger's address with a password of their own
        String email = households.register("Squatter", ZoneId.of("Asia/Kolkata"));
        jdbc.sql("update users set email_proven_at = null where email = :email").param("email", email).update();
        sessions.registerNewSession("squatter-" + email, users.loadUserByUsername(email));

        signIns.signIn(new ProviderIdentity(SignInProvider.GOOGLE, UUID.randomUUID().toString(), email, true,
                "Owner"));

        assertThat(jdbc.sql("select password_hash is null and email_proven_at is not null from users "
                + "where email = :email").param("email", email).query(Boolean.class).single()).isTrue();
        assertThat(sessions.getSessionInformation("squatter-" + email).isExpired()).isTrue();
    }

    @Test
    void a_provider_joined_to_a_proven_account_keeps_its_password_and_sessions(
            @Autowired SessionRegistry sessions, @Autowired UserDetailsService users) {
        String email = households.register("Owner", ZoneId.of("Asia/Kolkata"));
        sessions.registerNewSession("owner-" + email, users.loadUserByUsername(email));

        signIns.signIn(new ProviderIdentity(SignInProvider.GOOGLE, UUID.randomUUID().toString(), email, true,
                "Owner"));

        assertThat(jdbc.sql("select password_hash is not null from users where email = :email")
                .param("email", email).query(Boolean.class).single()).isTrue();
        assertThat(sessions.getSessionInformation("owner-" + email).isExpired()).isFalse();
    }

    @Test
    void a_password_set_on_an_unconfirmed_email_is_dropped_when_a_provider_proves_the_email() {
        // someone registered a stranger's address with a password of their own and never confirmed it
        String email = households.register("Squatter", ZoneId.of("Asia/Kolkata"));
        jdbc.sql("update users set email_verified = false, email_proven_at = null where email = :email")
                .param("email", email).update();

        signIns.signIn(new ProviderIdentity(SignInProvider.GOOGLE, UUID.randomUUID().toString(), email, true,
                "Owner"));

        assertThat(jdbc.sql("select password_hash is null and email_verified from users where email = :email")
                .param("email", email).query(Boolean.class).single()).isTrue();
    }

    @Test
    void deleting_an_account_removes_its_linked_providers() {
        String email = "nila-" + UUID.randomUUID() + "@example.com";
        SignedInUser nila = signIns.signIn(new ProviderIdentity(SignInProvider.GITHUB, UUID.randomUUID().toString(),
                email, true, "Nila"));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(nila, null, nila.getAuthorities()));
        try {
            accounts.deleteAccount(email, "");
        } finally {
            Households.signOut();
        }

        assertThat(jdbc.sql("select count(*) from oauth_identities where user_id = :id")
                .param("id", nila.accountId()).query(Long.class).single()).isZero();
    }

    @Test
    void a_new_accounts_name_is_the_providers_within_a_hundred_characters_or_else_the_email() {
        String longName = "Lakshmi " + "Venkataraman".repeat(10);
        String first = "lakshmi-" + UUID.randomUUID() + "@example.com";
        String second = "meena-" + UUID.randomUUID() + "@example.com";

        assertThat(signIns.signIn(new ProviderIdentity(SignInProvider.GOOGLE, UUID.randomUUID().toString(), first,
                true, longName)).displayName()).isEqualTo(longName.substring(0, 100));
        assertThat(signIns.signIn(new ProviderIdentity(SignInProvider.GITHUB, UUID.randomUUID().toString(), second,
                true, " ")).displayName()).isEqualTo(second.substring(0, second.indexOf('@')));
    }
}
