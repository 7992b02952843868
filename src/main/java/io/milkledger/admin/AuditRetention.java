package io.milkledger.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Deletes audit lines older than {@link AuditSettings#retention()}. Every instance runs it; a second run finds
 * nothing to delete. The first run waits a few minutes, so a starting app does not add to a deployment's work.
 */
@Component
@EnableConfigurationProperties(AuditSettings.class)
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditTrail trail;
    private final AuditSettings settings;
    private final Clock clock;

    AuditRetention(AuditTrail trail, AuditSettings settings, Clock clock) {
        this.trail = trail;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT7M", fixedDelayString = "PT6H")
    void forgetOldLines() {
        int forgotten = trail.forgetBefore(clock.instant().minus(settings.retention()));
        if (forgotten > 0) {
            log.info("Deleted {} audit log lines older than {} days", forgotten, settings.retention().toDays());
        }
    }
}
