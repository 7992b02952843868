package io.milkledger.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the audit log keeps its lines.
 *
 * @param retention {@code AUDIT_LOG_RETENTION}, such as {@code 400d} (the default: a year and a bit, so a year
 *                  can be compared with the one before); at least a day
 */
@ConfigurationProperties("milk-ledger.audit")
record AuditSettings(@DefaultValue("400d") Duration retention) {

    AuditSettings {
        if (retention == null) {
            retention = Duration.ofDays(400);
        }
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("AUDIT_LOG_RETENTION must be at least a day, such as 400d (got: "
                    + retention + ")");
        }
    }
}
