package io.milkledger.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a signed-in session lasts (docs/decisions/0018-session-lifetime.md).
 *
 * @param idleTimeout      {@code MILK_LEDGER_SESSIONS_IDLE_TIMEOUT}: signed out after this long without a click or
 *                         a page load (an open tab's heartbeat does not count)
 * @param absoluteLifetime {@code MILK_LEDGER_SESSIONS_ABSOLUTE_LIFETIME}: signed out this long after signing in,
 *                         however busy the session
 */
@ConfigurationProperties("milk-ledger.sessions")
public record SessionProperties(
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteLifetime) {

    public SessionProperties {
        if (idleTimeout.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("MILK_LEDGER_SESSIONS_IDLE_TIMEOUT must be at least a minute, such "
                    + "as 30m");
        }
        if (absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("MILK_LEDGER_SESSIONS_ABSOLUTE_LIFETIME must be at least "
                    + "MILK_LEDGER_SESSIONS_IDLE_TIMEOUT, such as 12h");
        }
    }
}
