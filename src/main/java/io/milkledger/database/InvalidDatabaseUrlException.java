package io.milkledger.database;

/**
 * {@code DATABASE_URL} is set but cannot be turned into a PostgreSQL JDBC URL. The message never
 * contains the password.
 */
public final class InvalidDatabaseUrlException extends RuntimeException {

    InvalidDatabaseUrlException(String message) {
        super(message);
    }
}
