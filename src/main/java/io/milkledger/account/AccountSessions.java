package io.milkledger.account;

import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import io.milkledger.security.SessionsValidFrom;
import io.milkledger.security.SignedInSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The household's sessions: "Sign out everywhere" ends every one of them, this one included, on every instance of
 * the app, and so do a password reset, disabling the account and revoking a role. The time it was pressed is kept with the account ({@code users.sessions_valid_from}); each
 * instance's request filter ({@code security.SessionLifetime}) ends a session that signed in before it.
 */
@Service
@Transactional(readOnly = true)
public class AccountSessions implements SessionsValidFrom {

    private final JdbcClient jdbc;
    private final SignedInSessions sessions;
    private final Clock clock;

    AccountSessions(JdbcClient jdbc, SignedInSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Ends every session of the signed-in household: at once on this instance, at their next request on the
     * others. The caller signs this one out too.
     */
    @Transactional
    @HouseholdOnly
    public void signOutEverywhere() {
        endEverywhere(CurrentUser.id());
    }

    /**
     * Ends every session of the account that signed in before now: at once on this instance, at their next request
     * on the others. For a change that must not leave a session behind anywhere: a reset password, a disabled
     * account, a revoked role, a password removed by a provider's proof.
     */
    @Transactional
    void endEverywhere(long accountId) {
        jdbc.sql("update users set sessions_valid_from = :now where id = :id")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("id", accountId)
                .update();
        sessions.endAllSessions(accountId);
    }

    @Override
    public Optional<Instant> validFrom(long accountId) {
        return jdbc.sql("select sessions_valid_from from users where id = :id and sessions_valid_from is not null")
                .param("id", accountId)
                .query((row, number) -> row.getObject("sessions_valid_from", OffsetDateTime.class))
                .optional()
                .map(OffsetDateTime::toInstant);
    }
}
