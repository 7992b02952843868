package io.milkledger.database;

/**
 * A database setting that stops the application from starting. Each subtype knows the one
 * action that fixes it, so {@link DatabaseFailureAnalyzer} can print it instead of a stack trace.
 */
abstract sealed class DatabaseConfigurationException extends RuntimeException
        permits InvalidDatabaseUrlException, MissingDatabaseUrlException {

    DatabaseConfigurationException(String message) {
        super(message);
    }

    abstract String action();
}
