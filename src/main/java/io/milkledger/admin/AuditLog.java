package io.milkledger.admin;

import io.milkledger.security.AdminOnly;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.List;

/**
 * The audit log, for admins: every sign-in and every admin action, newest first. It is written by
 * {@link SignInAudit} and by the account package's admin actions; nothing here changes it.
 */
@Service
@Transactional(readOnly = true)
@AdminOnly
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the lines whose action, actor, target, client address or detail contains the search text (in
     * any case), newest first.
     */
    public List<AuditEntry> search(String text, Pageable page) {
        String where = text.isBlank() ? "" : """
                where action ilike :search or actor_email ilike :search or target_email ilike :search
                   or client_address ilike :search or detail ilike :search
                """;
        var statement = jdbc.sql("""
                        select id, occurred_at, action, actor_email, target_email, client_address,
                               -- refusals are counted, one row per key and hour
                               case when repeated > 1 then detail || ' (' || repeated || ' times within the hour)'
                                    else detail end as detail
                        from audit_events
                        """ + where + " order by occurred_at desc, id desc limit :limit offset :offset")
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset());
        if (!text.isBlank()) {
            statement = statement.param("search", Like.anywhere(text));
        }
        return statement.query((row, number) -> new AuditEntry(row.getLong("id"),
                row.getObject("occurred_at", Timestamp.class).toInstant(), row.getString("action"),
                row.getString("actor_email"), row.getString("target_email"), row.getString("client_address"),
                row.getString("detail"))).list();
    }
}
