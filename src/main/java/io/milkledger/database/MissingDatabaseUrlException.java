package io.milkledger.database;

/**
 * The {@code prod} profile is active but no database is configured. Production must never fall
 * back to the embedded laptop database, whose data would vanish with the container.
 */
final class MissingDatabaseUrlException extends DatabaseConfigurationException {

    MissingDatabaseUrlException() {
        super("The prod profile is active but no database is configured: neither DATABASE_URL nor"
                + " spring.datasource.url is set.");
    }

    @Override
    String action() {
        return "Set DATABASE_URL=" + DatabaseUrl.EXPECTED_FORM + "?sslmode=require in the environment"
                + " (Railway and Heroku set it when you attach PostgreSQL), or set spring.datasource.url.";
    }
}
