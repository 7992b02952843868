package io.milkledger.account;

import io.milkledger.Households;
import io.milkledger.IntegrationTest;
import io.milkledger.base.InvalidInputException;
import io.milkledger.delivery.LedgerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an admin does to other accounts, each change with its line in the audit log, on real PostgreSQL. */
@IntegrationTest
class AccountAdministrationTest {

    @Autowired
    AccountAdministration administration;
    @Autowired
    Households households;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    UserDetailsService users;
    @Autowired
    LedgerService ledger;
    @Autowired
    AuthenticationConfiguration security;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountSessions everywhere;

    String admin;
    String household;
    long householdId;

    @BeforeEach
    void anAdminAndAHousehold() {
        household = households.register("Meera", ZoneId.of("Asia/Kolkata"));
        householdId = households.id(household);
        admin = households.register("Admin", ZoneId.of("Asia/Kolkata"));
        households.signInAsAdmin(admin);
    }

    @Test
    void disabling_an_account_ends_its_sessions_and_refuses_its_next_sign_in() throws Exception {
        String sessionId = "session-" + UUID.randomUUID();
        sessions.registerNewSession(sessionId, users.loadUserByUsername(household));

        assertThat(everywhere.validFrom(householdId)).isEmpty();
        administration.disable(householdId);

        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isTrue();
        // and on every other instance of the app, at the next request of each session signed in before now
        assertThat(everywhere.validFrom(householdId)).isPresent();
        assertThat(enabled(householdId)).isFalse();
        assertThatThrownBy(() -> security.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(household, Households.PASSWORD)))
                .isInstanceOf(DisabledException.class);
        // only someone with the password learns that the account is disabled
        assertThatThrownBy(() -> security.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(household, "not the password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(lastAudit()).isEqualTo("ACCOUNT_DISABLED " + admin + " -> " + household);

        administration.enable(householdId);

        assertThat(enabled(householdId)).isTrue();
        assertThat(security.getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated(household, Households.PASSWORD)).isAuthenticated()).isTrue();
        assertThat(audits("ACCOUNT_ENABLED")).isEqualTo(1);
    }

    @Test
    void an_admin_cannot_disable_revoke_or_delete_their_own_account_here() {
        long own = households.id(admin);

        assertThatThrownBy(() -> administration.disable(own)).isInstanceOf(AdminActionRefusedException.class)
                .hasMessageContaining("your own account");
        assertThatThrownBy(() -> administration.revokeAdmin(own)).isInstanceOf(AdminActionRefusedException.class);
        assertThatThrownBy(() -> administration.delete(own, admin)).isInstanceOf(AdminActionRefusedException.class);
        assertThat(enabled(own)).isTrue();
        assertThat(isAdmin(own)).isTrue();
    }

    @Test
    void granting_and_revoking_admin_changes_the_role_and_revoking_ends_their_sessions() {
        administration.grantAdmin(householdId);
        assertThat(isAdmin(householdId)).isTrue();

        String sessionId = "session-" + UUID.randomUUID();
        sessions.registerNewSession(sessionId, users.loadUserByUsername(household));
        administration.revokeAdmin(householdId);

        assertThat(isAdmin(householdId)).isFalse();
        assertThat(sessions.getSessionInformation(sessionId).isExpired()).isTrue();
        assertThat(everywhere.validFrom(householdId)).isPresent();
        assertThat(audits("ADMIN_GRANTED")).isEqualTo(1);
        assertThat(audits("ADMIN_REVOKED")).isEqualTo(1);
    }

    @Test
    void the_last_enabled_admin_cannot_be_removed() {
        // two admins removing each other: the first already took the acting admin's role away (in the database,
        // behind the session's back), so the household is the only admin left
        administration.grantAdmin(householdId);
        jdbc.sql("delete from user_roles where role = 'ADMIN' and user_id <> ?").param(householdId).update();

        assertThatThrownBy(() -> administration.revokeAdmin(householdId))
                .isInstanceOf(AdminActionRefusedException.class).hasMessageContaining("last admin");
        assertThatThrownBy(() -> administration.disable(householdId))
                .isInstanceOf(AdminActionRefusedException.class).hasMessageContaining("last admin");
        assertThatThrownBy(() -> administration.delete(householdId, household))
                .isInstanceOf(AdminActionRefusedException.class).hasMessageContaining("last admin");
        assertThat(isAdmin(householdId)).isTrue();
        assertThat(enabled(householdId)).isTrue();
    }

    @Test
    void the_last_admin_cannot_delete_their_own_account_on_the_account_page() {
        households.signIn(admin);
        // earlier tests left admins of their own in this database
        jdbc.sql("delete from user_roles where role = 'ADMIN' and user_id <> ?").param(households.id(admin)).update();

        assertThatThrownBy(() -> accounts.deleteAccount(admin, Households.PASSWORD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last admin");
        assertThat(households.id(admin)).isPositive();
    }

    @Test
    void deleting_an_account_needs_its_email_typed_and_removes_everything_it_recorded() {
        households.signIn(household);
        ledger.record(LocalDate.now().minusDays(1), new BigDecimal("1.5"), null);
        households.signInAsAdmin(admin);

        assertThatThrownBy(() -> administration.delete(householdId, "someone@example.com"))
                .isInstanceOf(AdminActionRefusedException.class).hasMessageContaining(household);
        assertThat(count("deliveries", householdId)).isEqualTo(1);

        administration.delete(householdId, household.toUpperCase());

        assertThat(jdbc.sql("select count(*) from users where id = ?").param(householdId).query(Long.class).single())
                .isZero();
        assertThat(count("deliveries", householdId)).isZero();
        assertThat(count("price_periods", householdId)).isZero();
        assertThat(lastAudit()).isEqualTo("ACCOUNT_DELETED " + admin + " -> " + household);
    }

    @Test
    void marking_an_email_confirmed_lets_the_household_sign_in_and_retires_its_links() {
        jdbc.sql("update users set email_verified = false where id = ?").param(householdId).update();

        administration.markEmailVerified(householdId);

        assertThat(jdbc.sql("select email_verified from users where id = ?").param(householdId)
                .query(Boolean.class).single()).isTrue();
        assertThat(lastAudit()).isEqualTo("EMAIL_MARKED_VERIFIED " + admin + " -> " + household);
    }

    @Test
    void a_confirmation_link_goes_only_to_an_unconfirmed_email_and_not_twice_a_minute() {
        assertThatThrownBy(() -> administration.resendVerification(householdId))
                .isInstanceOf(AdminActionRefusedException.class).hasMessageContaining("confirmed already");

        jdbc.sql("update users set email_verified = false where id = ?").param(householdId).update();
        // the link mailed at registration is older than a minute by now, as far as the limit is concerned
        jdbc.sql("delete from email_tokens where user_id = ?").param(householdId).update();
        administration.resendVerification(householdId);

        assertThat(links("VERIFY")).isEqualTo(1);
        assertThatThrownBy(() -> administration.resendVerification(householdId))
                .isInstanceOf(AdminActionRefusedException.class).hasMessageContaining("minute");
        assertThat(audits("VERIFICATION_SENT")).isEqualTo(1);
    }

    @Test
    void a_password_reset_link_goes_to_accounts_with_a_password_and_leaves_the_password_alone() {
        String hash = jdbc.sql("select password_hash from users where id = ?").param(householdId)
                .query(String.class).single();

        administration.sendPasswordReset(householdId);

        assertThat(links("RESET")).isEqualTo(1);
        assertThat(jdbc.sql("select password_hash from users where id = ?").param(householdId)
                .query(String.class).single()).isEqualTo(hash);
        assertThat(lastAudit()).isEqualTo("PASSWORD_RESET_SENT " + admin + " -> " + household);

        jdbc.sql("update users set password_hash = null where id = ?").param(householdId).update();
        assertThatThrownBy(() -> administration.sendPasswordReset(householdId))
                .isInstanceOf(AdminActionRefusedException.class).hasMessageContaining("no password");
    }

    @Test
    void only_an_enabled_account_with_a_confirmed_email_can_be_made_admin() {
        jdbc.sql("update users set email_verified = false where id = ?").param(householdId).update();

        assertThatThrownBy(() -> administration.grantAdmin(householdId))
                .isInstanceOf(AdminActionRefusedException.class);
        assertThat(isAdmin(householdId)).isFalse();
        assertThat(audits("ADMIN_GRANTED")).isZero();
    }

    @Test
    void an_account_that_no_longer_exists_gets_a_clear_refusal() {
        assertThatThrownBy(() -> administration.disable(Long.MAX_VALUE))
                .isInstanceOf(AdminActionRefusedException.class).hasMessage("That account no longer exists.");
    }

    private boolean enabled(long id) {
        return jdbc.sql("select enabled from users where id = ?").param(id).query(Boolean.class).single();
    }

    private boolean isAdmin(long id) {
        return jdbc.sql("select count(*) > 0 from user_roles where user_id = ? and role = 'ADMIN'").param(id)
                .query(Boolean.class).single();
    }

    private long count(String table, long owner) {
        return jdbc.sql("select count(*) from " + table + " where owner_id = ?").param(owner).query(Long.class)
                .single();
    }

    private long links(String purpose) {
        return jdbc.sql("select count(*) from email_tokens where user_id = ? and purpose = ?")
                .params(householdId, purpose).query(Long.class).single();
    }

    private long audits(String action) {
        return jdbc.sql("select count(*) from audit_events where action = ? and target_id = ?")
                .params(action, householdId).query(Long.class).single();
    }

    private String lastAudit() {
        return jdbc.sql("""
                        select action || ' ' || actor_email || ' -> ' || target_email from audit_events
                        where target_id = ? and action not like 'SIGN_IN%' order by id desc limit 1""")
                .param(householdId).query(String.class).single();
    }
}
