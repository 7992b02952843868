package io.milkledger.admin;

import io.milkledger.account.AccountAdministered;
import io.milkledger.legacy.LegacyImported;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/** Writes the audit log: admin actions within their own transaction, sign-ins in one of their own. */
@Component
class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stored with the change it speaks of, so there is never a change without its line, nor a line without. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onAdministered(AccountAdministered change) {
        Optional<SignedInUser> admin = CurrentUser.get();
        insert(new Line(change.action().name(), admin.map(SignedInUser::accountId).orElse(null),
                admin.map(SignedInUser::getUsername).orElse(null), change.targetId(), change.targetEmail(),
                requestAddress(), change.detail()));
    }

    /** An import of the old app's database, by an admin on the import page or by the command line. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onLegacyImport(LegacyImported imported) {
        Optional<SignedInUser> admin = CurrentUser.get();
        insert(new Line("LEGACY_IMPORT", admin.map(SignedInUser::accountId).orElse(null),
                admin.map(SignedInUser::getUsername).orElse(null), null, null, requestAddress(),
                "from " + imported.source() + ": " + imported.summary()));
    }

    /**
     * Stores a line about a sign-in, committed on its own: a refused sign-in rolls back whatever it did, but not
     * its line in the log.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(Line line) {
        insert(line);
    }

    /**
     * Counts a refused sign-in under its key (the action, the email typed and the client address, or the address
     * alone) and the hour it falls in: one row per key and hour, its count growing, so that someone hammering a
     * throttled email or address adds nothing to the log but a number. Committed on its own, as sign-ins are.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Line line, String countedUnder) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into audit_events
                            (occurred_at, action, actor_id, actor_email, target_id, target_email, client_address,
                             detail, refusal_key, refusal_window, last_occurred_at)
                        values (:at, :action, :actorId, :actorEmail, :targetId, :targetEmail, :address, :detail,
                                :key, :window, :at)
                        on conflict (refusal_key, refusal_window) where refusal_key is not null
                        do update set repeated = audit_events.repeated + 1,
                                      last_occurred_at = excluded.last_occurred_at""")
                .param("at", Timestamp.from(now))
                .param("action", line.action())
                .param("actorId", line.actorId())
                .param("actorEmail", cut(line.actorEmail(), 254))
                .param("targetId", line.targetId())
                .param("targetEmail", cut(line.targetEmail(), 254))
                .param("address", cut(line.clientAddress(), 64))
                .param("detail", cut(line.detail(), 500))
                .param("key", sha256(line.action() + "\n" + countedUnder))
                .param("window", Timestamp.from(now.truncatedTo(ChronoUnit.HOURS)))
                .update();
    }

    /** Deletes lines older than the retention period; returns how many went. */
    int forgetBefore(Instant cutoff) {
        return jdbc.sql("delete from audit_events where coalesce(last_occurred_at, occurred_at) < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private void insert(Line line) {
        jdbc.sql("""
                        insert into audit_events
                            (occurred_at, action, actor_id, actor_email, target_id, target_email, client_address, detail)
                        values (:at, :action, :actorId, :actorEmail, :targetId, :targetEmail, :address, :detail)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("action", line.action())
                .param("actorId", line.actorId())
                .param("actorEmail", cut(line.actorEmail(), 254))
                .param("targetId", line.targetId())
                .param("targetEmail", cut(line.targetEmail(), 254))
                .param("address", cut(line.clientAddress(), 64))
                .param("detail", cut(line.detail(), 500))
                .update();
    }

    /** The address of the request being served, if any (behind a proxy, the one the proxy reported). */
    static @Nullable String requestAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getRemoteAddr() : null;
    }

    /** At most the length, and a NUL (which PostgreSQL text can't hold) shown as the replacement character. */
    private static @Nullable String cut(@Nullable String text, int length) {
        if (text == null) {
            return null;
        }
        String storable = text.replace('\u0000', '\uFFFD');
        return storable.length() <= length ? storable : storable.substring(0, length);
    }

    /** A line to store; the time is the clock's. */
    record Line(String action, @Nullable Long actorId, @Nullable String actorEmail, @Nullable Long targetId,
                @Nullable String targetEmail, @Nullable String clientAddress, @Nullable String detail) {
    }
}
