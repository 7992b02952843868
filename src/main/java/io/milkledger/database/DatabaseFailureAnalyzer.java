package io.milkledger.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a bad or missing database setting into Boot's short "APPLICATION FAILED TO START" report,
 * because the person reading it is deploying, not debugging. Registered in
 * {@code META-INF/spring.factories}.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
