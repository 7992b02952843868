package io.milkledger.account;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The {@code email_tokens} table: the secrets behind the links households get by email. A token is 32 random
 * bytes, in the link as 43 URL-safe characters; the table keeps only its SHA-256. Times come from the app's clock.
 */
@Repository
class EmailTokens {

    private static final Logger log = LoggerFactory.getLogger(EmailTokens.class);

    /** What a link is for, and how long it works. */
    enum Purpose {
        VERIFY(Duration.ofHours(24)),
        RESET(Duration.ofHours(1));

        final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }
    }

    /** At most one new link a minute per household and purpose, so nobody can flood an inbox through the app. */
    static final Duration BETWEEN_LINKS = Duration.ofMinutes(1);

    /** And at most this many a day. */
    static final int LINKS_PER_DAY = 10;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EmailTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a new token for the account and returns it; only this return value ever holds it in clear. */
    String issue(long accountId, Purpose purpose) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into email_tokens (user_id, purpose, token_hash, expires_at, created_at)
                        values (:user, :purpose, :hash, :expires, :now)""")
                .param("user", accountId)
                .param("purpose", purpose.name())
                .param("hash", hash(token))
                .param("expires", utc(now.plus(purpose.validity)))
                .param("now", utc(now))
                .update();
        return token;
    }

    /** Whether the account may be sent another link for the purpose now, within {@link #BETWEEN_LINKS} and a day's. */
    boolean mayIssue(long accountId, Purpose purpose) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select count(*) < :perDay and coalesce(max(created_at) <= :lastAllowed, true)
                        from email_tokens
                        where user_id = :user and purpose = :purpose and created_at > :dayAgo""")
                .param("perDay", LINKS_PER_DAY)
                .param("lastAllowed", utc(now.minus(BETWEEN_LINKS)))
                .param("user", accountId)
                .param("purpose", purpose.name())
                .param("dayAgo", utc(now.minus(Duration.ofDays(1))))
                .query(Boolean.class)
                .single();
    }

    /** What the token's link would do now; changes nothing. */
    EmailLinkStatus status(@Nullable String token, Purpose purpose) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return EmailLinkStatus.UNKNOWN;
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        select case when used_at is not null then 'ALREADY_USED'
                                    when expires_at <= :now then 'EXPIRED'
                                    else 'WORKS' end
                        from email_tokens
                        where token_hash = :hash and purpose = :purpose""")
                .param("now", utc(now))
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query(String.class)
                .optional()
                .map(EmailLinkStatus::valueOf)
                .orElse(EmailLinkStatus.UNKNOWN);
    }

    /**
     * Uses the token up, if it still works: one statement, so two requests with the same link cannot both succeed.
     *
     * @return the account it was issued to; empty when it is unknown, used or expired
     */
    OptionalLong redeem(@Nullable String token, Purpose purpose) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        update email_tokens set used_at = :now
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                        returning user_id""")
                .param("now", utc(now))
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /** Ends the account's other open links of the purpose, once what they were for is done. */
    void retire(long accountId, Purpose purpose) {
        jdbc.sql("""
                        update email_tokens set used_at = :now
                        where user_id = :user and purpose = :purpose and used_at is null""")
                .param("now", utc(clock.instant()))
                .param("user", accountId)
                .param("purpose", purpose.name())
                .update();
    }

    /** Deletes links that expired more than a day ago: the resend limits look back one day. */
    @Scheduled(initialDelayString = "PT7M", fixedDelayString = "PT1H")
    void forgetExpired() {
        int forgotten = jdbc.sql("delete from email_tokens where expires_at < :cutoff")
                .param("cutoff", utc(clock.instant().minus(Duration.ofDays(1))))
                .update();
        log.debug("Forgot {} expired email links", forgotten);
    }

    /** Hex SHA-256 of the token's characters, as stored. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
