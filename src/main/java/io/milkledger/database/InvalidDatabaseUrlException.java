package io.milkledger.database;

/**
 * {@code DATABASE_URL} is set but cannot be turned into a PostgreSQL JDBC URL. The message never
 * contains the password.
 */
final class InvalidDatabaseUrlException extends DatabaseConfigurationException {

    InvalidDatabaseUrlException(String message) {
        super(message);
    }

    @Override
    String action() {
        return "Set DATABASE_URL to your PostgreSQL URL in the form "
                + DatabaseUrl.EXPECTED_FORM + "?sslmode=require (Railway and Heroku set it when you attach"
                + " PostgreSQL; percent-encode special characters in the password), or set"
                + " spring.datasource.url instead.";
    }
}
