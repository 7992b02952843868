package io.milkledger.token;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code api_tokens} table. Every statement but the lookup by hash names the owner. */
@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken insert(long ownerId, String name, TokenAccess access, byte[] hash, Instant createdAt,
                    @Nullable Instant expiresAt) {
        long id = jdbc.sql("""
                        insert into api_tokens (owner_id, name, access, token_hash, created_at, expires_at)
                        values (:owner, :name, :access, :hash, :created, :expires)
                        returning id""")
                .param("owner", ownerId).param("name", name).param("access", access.name()).param("hash", hash)
                .param("created", utc(createdAt))
                .param("expires", expiresAt == null ? null : utc(expiresAt))
                .query(Long.class).single();
        return new ApiToken(id, name, access, createdAt, null, expiresAt);
    }

    List<ApiToken> list(long ownerId) {
        return jdbc.sql("""
                        select id, name, access, created_at, last_used_at, expires_at from api_tokens
                        where owner_id = :owner order by created_at desc, id desc""")
                .param("owner", ownerId)
                .query((row, number) -> new ApiToken(row.getLong("id"), row.getString("name"),
                        TokenAccess.valueOf(row.getString("access")), instant(row.getObject("created_at", OffsetDateTime.class)),
                        instantOrNull(row.getObject("last_used_at", OffsetDateTime.class)),
                        instantOrNull(row.getObject("expires_at", OffsetDateTime.class))))
                .list();
    }

    /** Tokens of the owner that still work at {@code now}. */
    int countWorking(long ownerId, Instant now) {
        return jdbc.sql("""
                        select count(*) from api_tokens
                        where owner_id = :owner and (expires_at is null or expires_at > :now)""")
                .param("owner", ownerId).param("now", utc(now))
                .query(Integer.class).single();
    }

    boolean delete(long ownerId, long id) {
        return jdbc.sql("delete from api_tokens where owner_id = :owner and id = :id")
                .param("owner", ownerId).param("id", id).update() == 1;
    }

    Optional<String> name(long ownerId, long id) {
        return jdbc.sql("select name from api_tokens where owner_id = :owner and id = :id")
                .param("owner", ownerId).param("id", id).query(String.class).optional();
    }

    /** The working token with this hash, and when it was last used. */
    Optional<Found> findWorking(byte[] hash, Instant now) {
        return jdbc.sql("""
                        select id, owner_id, access, last_used_at from api_tokens
                        where token_hash = :hash and (expires_at is null or expires_at > :now)""")
                .param("hash", hash).param("now", utc(now))
                .query((row, number) -> new Found(
                        new TokenHolder(row.getLong("id"), row.getLong("owner_id"),
                                TokenAccess.valueOf(row.getString("access"))),
                        instantOrNull(row.getObject("last_used_at", OffsetDateTime.class))))
                .optional();
    }

    /** Stamps the token as used now, unless it already was since {@code notBefore}. */
    void markUsed(long id, Instant now, Instant notBefore) {
        jdbc.sql("""
                        update api_tokens set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < :notBefore)""")
                .param("id", id).param("now", utc(now)).param("notBefore", utc(notBefore))
                .update();
    }

    record Found(TokenHolder holder, @Nullable Instant lastUsedAt) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static Instant instant(@Nullable OffsetDateTime time) {
        if (time == null) {
            throw new IllegalStateException("a not-null column was null");
        }
        return time.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
