package io.milkledger.twofactor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The {@code two_factor}, {@code two_factor_recovery_codes} and {@code two_factor_wrong_codes} tables. Every
 * statement names the account, which the service takes from the signed-in user. Using a code is one conditional
 * update, so two requests racing with the same code cannot both succeed. Times come from the app's clock.
 */
@Repository
class TwoFactorRepository {

    private final JdbcClient jdbc;

    TwoFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An account's row: its stored secret, since when it is on (null while setting up), its last used step, and
     * whether a link by email waits to turn it on.
     */
    record Row(String secret, @Nullable Instant enabledAt, @Nullable Long lastUsedStep, boolean waitingForLink) {

        boolean enabled() {
            return enabledAt != null;
        }
    }

    Optional<Row> find(long accountId) {
        return jdbc.sql("""
                        select secret, enabled_at, last_used_step, confirmation_token_hash is not null as waiting
                        from two_factor where user_id = :id""")
                .param("id", accountId)
                .query((row, number) -> {
                    OffsetDateTime enabledAt = row.getObject("enabled_at", OffsetDateTime.class);
                    long step = row.getLong("last_used_step");
                    Long lastUsedStep = row.wasNull() ? null : step;
                    return new Row(row.getString("secret"), enabledAt == null ? null : enabledAt.toInstant(),
                            lastUsedStep, row.getBoolean("waiting"));
                })
                .optional();
    }

    boolean isEnabled(long accountId) {
        return jdbc.sql("select exists (select 1 from two_factor where user_id = :id and enabled_at is not null)")
                .param("id", accountId)
                .query(Boolean.class)
                .single();
    }

    /** Starts (or starts again) setting up with a new secret; an account that has it on is left alone. */
    void startSettingUp(long accountId, String secret) {
        jdbc.sql("""
                        insert into two_factor (user_id, secret) values (:id, :secret)
                        on conflict (user_id) do update set secret = excluded.secret, last_used_step = null,
                            confirmation_token_hash = null, confirmation_expires_at = null
                        where two_factor.enabled_at is null""")
                .param("id", accountId)
                .param("secret", secret)
                .update();
    }

    /** Turns it on with the step of the first code; false when it was on already, or waits for its link. */
    boolean enable(long accountId, long step, Instant at) {
        return jdbc.sql("""
                        update two_factor set enabled_at = :at, last_used_step = :step
                        where user_id = :id and enabled_at is null and confirmation_token_hash is null""")
                .param("id", accountId)
                .param("step", step)
                .param("at", utc(at))
                .update() == 1;
    }

    /**
     * Keeps the step of the first code and waits for the link with the token's hash; false when it was on
     * already, or a link waits already.
     */
    boolean awaitLink(long accountId, long step, String tokenHash, Instant expiresAt) {
        return jdbc.sql("""
                        update two_factor set last_used_step = :step, confirmation_token_hash = :hash,
                            confirmation_expires_at = :expires
                        where user_id = :id and enabled_at is null and confirmation_token_hash is null""")
                .param("id", accountId)
                .param("step", step)
                .param("hash", tokenHash)
                .param("expires", utc(expiresAt))
                .update() == 1;
    }

    /**
     * Turns on the enrolment whose link has the token's hash, if the link still works: one statement, so a link
     * opened twice at once turns it on once.
     *
     * @return the account whose two-factor sign-in is on now
     */
    Optional<Long> confirm(String tokenHash, Instant at) {
        return jdbc.sql("""
                        update two_factor set enabled_at = :at, confirmation_token_hash = null,
                            confirmation_expires_at = null
                        where confirmation_token_hash = :hash and confirmation_expires_at > :at
                          and enabled_at is null
                        returning user_id""")
                .param("hash", tokenHash)
                .param("at", utc(at))
                .query(Long.class)
                .optional();
    }

    /** Records a code's step as used; false when it, or a later one, was used meanwhile. */
    boolean useStep(long accountId, long step) {
        return jdbc.sql("""
                        update two_factor set last_used_step = :step
                        where user_id = :id and enabled_at is not null
                          and (last_used_step is null or last_used_step < :step)""")
                .param("id", accountId)
                .param("step", step)
                .update() == 1;
    }

    void replaceSecret(long accountId, String secret) {
        jdbc.sql("update two_factor set secret = :secret where user_id = :id")
                .param("id", accountId)
                .param("secret", secret)
                .update();
    }

    /** Turns it off; the recovery codes go with the row. */
    void delete(long accountId) {
        jdbc.sql("delete from two_factor where user_id = :id").param("id", accountId).update();
    }

    void replaceRecoveryCodes(long accountId, List<String> hashes) {
        jdbc.sql("delete from two_factor_recovery_codes where user_id = :id").param("id", accountId).update();
        for (String hash : hashes) {
            jdbc.sql("insert into two_factor_recovery_codes (user_id, code_hash) values (:id, :hash)")
                    .param("id", accountId)
                    .param("hash", hash)
                    .update();
        }
    }

    /** Marks an unused recovery code used; false when there is no such unused code. */
    boolean useRecoveryCode(long accountId, String hash, Instant at) {
        return jdbc.sql("""
                        update two_factor_recovery_codes set used_at = :at
                        where user_id = :id and code_hash = :hash and used_at is null""")
                .param("id", accountId)
                .param("hash", hash)
                .param("at", utc(at))
                .update() == 1;
    }

    int recoveryCodesLeft(long accountId) {
        return jdbc.sql("select count(*) from two_factor_recovery_codes where user_id = :id and used_at is null")
                .param("id", accountId)
                .query(Integer.class)
                .single();
    }

    /**
     * Waits until no other transaction checks a code of the account, and holds that until this one ends: the
     * count of wrong codes and the wrong code it then records are one step for parallel attempts.
     */
    void lockWrongCodes(long accountId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('two-factor codes of ' || :id, 0))")
                .param("id", accountId)
                .query((row, number) -> number)
                .list();
    }

    /** Counts a wrong code, and forgets the account's wrong codes from before the window. */
    void recordWrongCode(long accountId, Instant at, Instant windowStart) {
        jdbc.sql("delete from two_factor_wrong_codes where user_id = :id and typed_at <= :start")
                .param("id", accountId)
                .param("start", utc(windowStart))
                .update();
        jdbc.sql("insert into two_factor_wrong_codes (user_id, typed_at) values (:id, :at)")
                .param("id", accountId)
                .param("at", utc(at))
                .update();
    }

    /** The account's wrong codes after the start of the window, oldest first. */
    List<Instant> wrongCodesSince(long accountId, Instant windowStart) {
        return jdbc.sql("""
                        select typed_at from two_factor_wrong_codes
                        where user_id = :id and typed_at > :start order by typed_at""")
                .param("id", accountId)
                .param("start", utc(windowStart))
                .query((row, number) -> row.getObject("typed_at", OffsetDateTime.class).toInstant())
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
