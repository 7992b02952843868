package io.milkledger.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no database is configured.
 *
 * @param enabled   {@code false} keeps it from starting, for tests that bring their own database
 * @param directory where PostgreSQL keeps its data between runs; one folder per PostgreSQL major
 *                  version, because a newer server cannot open an older version's files
 */
@ConfigurationProperties("milk-ledger.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/postgres-17") Path directory) {
}
