package io.milkledger.security.throttle;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The {@code sign_in_attempts} table: one query to read what a check needs, one statement to record an attempt.
 * Times come from the app's clock, not the database's, so tests can move it.
 */
@Repository
class SignInAttempts {

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The email's run of failures since its last success and both keys' failures in the last hour. */
    SignInHistory history(SignInKeys keys, Instant now) {
        return jdbc.sql("""
                        with email as (
                            select id, attempted_at, succeeded
                            from sign_in_attempts
                            where key_type = 'email' and key = :email and attempted_at > :memory
                        ),
                        in_a_row as (
                            -- "after the last success" by insertion order, which ties in time cannot blur
                            select attempted_at
                            from email
                            where not succeeded and id > coalesce((select max(id) from email where succeeded), 0)
                        ),
                        address as (
                            select attempted_at
                            from sign_in_attempts
                            where key_type = 'address' and key = :address and attempted_at > :window
                        )
                        select (select count(*) from in_a_row) as in_a_row,
                               (select max(attempted_at) from in_a_row) as last_failure,
                               (select count(*) from email where not succeeded and attempted_at > :window)
                                   as email_failures,
                               (select min(attempted_at) from email where not succeeded and attempted_at > :window)
                                   as oldest_email_failure,
                               (select count(*) from address) as address_failures,
                               (select min(attempted_at) from address) as oldest_address_failure""")
                .param("email", keys.email())
                .param("address", keys.address())
                .param("memory", utc(now.minus(SignInLimits.MEMORY)))
                .param("window", utc(now.minus(SignInLimits.WINDOW)))
                .query((row, number) -> new SignInHistory(
                        row.getInt("in_a_row"), instant(row, "last_failure"),
                        row.getInt("email_failures"), instant(row, "oldest_email_failure"),
                        row.getInt("address_failures"), instant(row, "oldest_address_failure")))
                .single();
    }

    /** A wrong email or password: counts for the email and, when known, the client address. */
    void recordFailure(SignInKeys keys, Instant at) {
        var insert = keys.address() == null
                ? jdbc.sql("insert into sign_in_attempts (key_type, key, attempted_at) values ('email', :email, :at)")
                : jdbc.sql("""
                        insert into sign_in_attempts (key_type, key, attempted_at)
                        values ('email', :email, :at), ('address', :address, :at)""")
                        .param("address", keys.address());
        insert.param("email", keys.email()).param("at", utc(at)).update();
    }

    /**
     * Waits until no other transaction checks the same email or client address, and holds them until this one
     * ends, so that a check and the row it writes are one step for parallel attempts. Always email before
     * address, so two attempts never wait for each other.
     */
    void lock(SignInKeys keys) {
        lock("sign-in email " + keys.email());
        if (keys.address() != null) {
            lock("sign-in address " + keys.address());
        }
    }

    private void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key)
                .query((row, number) -> number).list();
    }

    /**
     * An attempt let through, counted as a failure from now on, before its password is checked: parallel
     * attempts see it at once. {@link #recordOutcome} or {@link #withdraw} changes it once the outcome is known.
     */
    PendingAttempt recordPending(SignInKeys keys, Instant at) {
        long email = jdbc.sql("""
                        insert into sign_in_attempts (key_type, key, attempted_at) values ('email', :email, :at)
                        returning id""")
                .param("email", keys.email()).param("at", utc(at)).query(Long.class).single();
        Long address = keys.address() == null ? null : jdbc.sql("""
                        insert into sign_in_attempts (key_type, key, attempted_at) values ('address', :address, :at)
                        returning id""")
                .param("address", keys.address()).param("at", utc(at)).query(Long.class).single();
        return new PendingAttempt(email, address);
    }

    /** The password was right: the email's row becomes a success, which ends its run, and the address's goes. */
    void recordOutcome(PendingAttempt attempt, Instant at) {
        jdbc.sql("update sign_in_attempts set succeeded = true, attempted_at = :at where id = :id")
                .param("at", utc(at)).param("id", attempt.emailRow()).update();
        if (attempt.addressRow() != null) {
            jdbc.sql("delete from sign_in_attempts where id = :id").param("id", attempt.addressRow()).update();
        }
    }

    /** Neither a success nor a wrong password (such as an error while checking): the attempt does not count. */
    void withdraw(PendingAttempt attempt) {
        jdbc.sql("delete from sign_in_attempts where id in (:ids)")
                .param("ids", attempt.addressRow() == null ? List.of(attempt.emailRow())
                        : List.of(attempt.emailRow(), attempt.addressRow()))
                .update();
    }

    /** The rows of an attempt whose password is being checked. */
    record PendingAttempt(long emailRow, @Nullable Long addressRow) {
    }

    /** A successful sign-in ends the email's run of failures; the hourly counts keep them. */
    void recordSuccess(SignInKeys keys, Instant at) {
        jdbc.sql("""
                        insert into sign_in_attempts (key_type, key, attempted_at, succeeded)
                        values ('email', :email, :at, true)""")
                .param("email", keys.email())
                .param("at", utc(at))
                .update();
    }

    /** Deletes what is too old to count; returns how many rows went. */
    int forgetBefore(Instant cutoff) {
        return jdbc.sql("delete from sign_in_attempts where attempted_at < :cutoff")
                .param("cutoff", utc(cutoff))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
