package io.milkledger.database;

import java.util.Optional;

/** What other packages may ask about the database settings without knowing how they are parsed. */
public final class DatabaseSettings {

    /** The form a {@code DATABASE_URL} takes, for messages. */
    public static final String EXPECTED_FORM = DatabaseUrl.EXPECTED_FORM;

    private DatabaseSettings() {
    }

    /** Why the value is not a usable {@code DATABASE_URL}, or empty when it is. */
    public static Optional<String> problemWith(String databaseUrl) {
        try {
            DatabaseUrl.parse(databaseUrl);
            return Optional.empty();
        } catch (InvalidDatabaseUrlException invalid) {
            return Optional.of(invalid.getMessage());
        }
    }
}
