package io.milkledger.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The {@code registration_attempts} table: how often someone signed up with an address lately, whether or not it
 * had an account. Each attempt mails the address (a link, or a note to its owner), so the limits are those of the
 * email links: one a minute, ten a day.
 */
@Repository
class RegistrationAttempts {

    private static final Logger log = LoggerFactory.getLogger(RegistrationAttempts.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistrationAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts an attempt with the address, if the limits allow another now. Attempts with the same address take
     * turns (a transaction-long advisory lock), so parallel sign-ups cannot all slip under the limit, and the
     * second of two sign-ups with a new address sees the account the first created.
     *
     * @param email the lower-cased address
     * @return whether the attempt may go on; when not, nothing is counted
     */
    boolean tryCount(String email) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('registration'), hashtext(:email))")
                .param("email", email)
                .query((row, number) -> 1)
                .list();
        Instant now = clock.instant();
        boolean allowed = jdbc.sql("""
                        select count(*) < :perDay and coalesce(max(attempted_at) <= :lastAllowed, true)
                        from registration_attempts
                        where email = :email and attempted_at > :dayAgo""")
                .param("perDay", EmailTokens.LINKS_PER_DAY)
                .param("lastAllowed", utc(now.minus(EmailTokens.BETWEEN_LINKS)))
                .param("email", email)
                .param("dayAgo", utc(now.minus(Duration.ofDays(1))))
                .query(Boolean.class)
                .single();
        if (allowed) {
            jdbc.sql("insert into registration_attempts (email, attempted_at) values (:email, :now)")
                    .param("email", email)
                    .param("now", utc(now))
                    .update();
        }
        return allowed;
    }

    /** Deletes attempts older than the day the limits look back. */
    @Scheduled(initialDelayString = "PT9M", fixedDelayString = "PT1H")
    void forgetOld() {
        int forgotten = jdbc.sql("delete from registration_attempts where attempted_at < :cutoff")
                .param("cutoff", utc(clock.instant().minus(Duration.ofDays(1))))
                .update();
        log.debug("Forgot {} old registration attempts", forgotten);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
