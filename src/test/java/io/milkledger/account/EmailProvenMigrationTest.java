package io.milkledger.account;

import io.milkledger.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V12's reading of the rows it found: which accounts' emails count as proven. The column exists once the app has
 * started, so the migration's updates run again here on rows made as the app made them before.
 */
@IntegrationTest
@Transactional
class EmailProvenMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void links_that_reached_the_address_and_verifying_providers_prove_it_and_nothing_else_does() throws IOException {
        long confirmedByLink = account(true);
        token(confirmedByLink, "VERIFY", true);
        long resetByLink = account(true);
        token(resetByLink, "RESET", true);
        long linkNeverOpened = account(false);
        token(linkNeverOpened, "VERIFY", false);
        long verificationOff = account(true);
        long confirmedByAdmin = account(true);
        token(confirmedByAdmin, "VERIFY", true);
        jdbc.sql("insert into audit_events (action, target_id) values ('EMAIL_MARKED_VERIFIED', ?)")
                .param(confirmedByAdmin).update();
        long providerVerified = account(true);
        identity(providerVerified);
        long providerUnverified = account(false);
        identity(providerUnverified);

        migrate();

        assertThat(proven(confirmedByLink)).isTrue();
        assertThat(proven(resetByLink)).isTrue();
        assertThat(proven(providerVerified)).isTrue();
        assertThat(proven(linkNeverOpened)).isFalse();
        assertThat(proven(verificationOff)).as("EMAIL_VERIFICATION=off").isFalse();
        assertThat(proven(confirmedByAdmin)).isFalse();
        assertThat(proven(providerUnverified)).isFalse();
        assertThat(jdbc.sql("select count(*) from users where id in (?, ?) and email_verified")
                .params(verificationOff, confirmedByAdmin).query(Long.class).single())
                .as("they still sign in").isEqualTo(2);
    }

    private void migrate() throws IOException {
        String script = new ClassPathResource("db/migration/V12__email_proven_at.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        String withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(statement -> statement.startsWith("update"))
                .forEach(statement -> jdbc.sql(statement).update());
    }

    private long account(boolean emailVerified) {
        return jdbc.sql("""
                        insert into users (email, display_name, password_hash, email_verified)
                        values (?, 'Before', '{bcrypt}unused', ?) returning id""")
                .params("before-" + UUID.randomUUID() + "@example.com", emailVerified)
                .query(Long.class)
                .single();
    }

    private void token(long account, String purpose, boolean used) {
        jdbc.sql("""
                        insert into email_tokens (user_id, purpose, token_hash, expires_at, used_at, created_at)
                        values (?, ?, ?, now() + interval '1 hour', case when ? then now() end, now())""")
                .params(account, purpose, UUID.randomUUID().toString().replace("-", ""), used)
                .update();
    }

    private void identity(long account) {
        jdbc.sql("""
                        insert into oauth_identities (provider, subject, user_id, email)
                        select 'google', ?, id, email from users where id = ?""")
                .params(UUID.randomUUID().toString(), account)
                .update();
    }

    private boolean proven(long account) {
        return jdbc.sql("select email_proven_at is not null from users where id = ?").param(account)
                .query(Boolean.class).single();
    }
}
