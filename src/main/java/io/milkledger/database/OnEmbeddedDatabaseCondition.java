package io.milkledger.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches on a developer's machine with no database configured: no {@code spring.datasource.url}
 * (which {@link DatabaseUrlEnvironmentPostProcessor} sets from {@code DATABASE_URL}), no
 * {@code prod} profile, and the embedded database not switched off.
 */
class OnEmbeddedDatabaseCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return ConditionOutcome.noMatch("spring.datasource.url is set");
        }
        if (environment.matchesProfiles("prod")) {
            // Production data must never land in a folder inside a disposable container.
            return ConditionOutcome.noMatch("the prod profile is active");
        }
        boolean enabled = Binder.get(environment)
                .bind("milk-ledger.embedded-database", EmbeddedDatabaseProperties.class)
                .map(EmbeddedDatabaseProperties::enabled)
                .orElse(true);
        return enabled
                ? ConditionOutcome.match("no database is configured")
                : ConditionOutcome.noMatch("milk-ledger.embedded-database.enabled is false");
    }
}
