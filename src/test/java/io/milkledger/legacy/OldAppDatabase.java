package io.milkledger.legacy;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A database as the old Flask app left it, built by a test: its {@code user} table (with or without the settings
 * columns that later versions added) and its {@code milk} table, in SQLite or PostgreSQL.
 */
final class OldAppDatabase implements AutoCloseable {

    // as in the shipped milk-calculation.db
    private static final String SQLITE_USER = """
            CREATE TABLE user (
                id INTEGER NOT NULL, email VARCHAR(120) NOT NULL, username VARCHAR(80), password_hash VARCHAR(200),
                oauth_provider VARCHAR(20), oauth_id VARCHAR(200), email_verified BOOLEAN NOT NULL,
                created_at DATETIME NOT NULL, %s PRIMARY KEY (id), UNIQUE (email))""";
    private static final String SQLITE_MILK = """
            CREATE TABLE "milk" (id INTEGER PRIMARY KEY, date VARCHAR(250), milk_qty FLOAT, cost FLOAT,
                month_year VARCHAR(50), user_id INTEGER NOT NULL, FOREIGN KEY (user_id) REFERENCES user(id))""";
    // after the old app's own migration to PostgreSQL
    private static final String POSTGRES_USER = """
            create table "user" (
                id serial primary key, email varchar(120) not null unique, username varchar(80),
                password_hash varchar(200), oauth_provider varchar(20), oauth_id varchar(200),
                email_verified boolean not null, created_at timestamp not null %s)""";
    private static final String POSTGRES_MILK = """
            create table milk (id serial primary key, date varchar(250), milk_qty double precision,
                cost double precision, month_year varchar(50), user_id integer not null)""";
    private static final String SETTINGS =
            "milk_price_per_litre FLOAT, currency VARCHAR(3), currency_symbol VARCHAR(5)";

    private final Connection connection;
    private final boolean withSettings;

    private OldAppDatabase(Connection connection, boolean withSettings, String user, String milk)
            throws SQLException {
        this.connection = connection;
        this.withSettings = withSettings;
        try (Statement statement = connection.createStatement()) {
            statement.execute(user);
            statement.execute(milk);
        }
    }

    static OldAppDatabase sqlite(Path file, boolean withSettings) throws SQLException {
        return new OldAppDatabase(DriverManager.getConnection("jdbc:sqlite:" + file), withSettings,
                SQLITE_USER.formatted(withSettings ? SETTINGS + "," : ""), SQLITE_MILK);
    }

    static OldAppDatabase postgres(String jdbcUrl, String user, boolean withSettings) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        return new OldAppDatabase(DriverManager.getConnection(jdbcUrl, properties), withSettings,
                POSTGRES_USER.formatted(withSettings ? ", " + SETTINGS : ""), POSTGRES_MILK);
    }

    OldAppDatabase user(long id, String email, @Nullable String hash, boolean verified) throws SQLException {
        return user(id, email, hash, null, null, verified, null, null);
    }

    OldAppDatabase user(long id, String email, @Nullable String hash, @Nullable String oauthProvider,
                        @Nullable String oauthId, boolean verified, @Nullable Double price,
                        @Nullable String currency) throws SQLException {
        String sql = withSettings
                ? "insert into \"user\" (id, email, username, password_hash, oauth_provider, oauth_id, email_verified,"
                + " created_at, milk_price_per_litre, currency) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "insert into \"user\" (id, email, username, password_hash, oauth_provider, oauth_id, email_verified,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, id);
            insert.setString(2, email);
            insert.setString(3, email.substring(0, email.indexOf('@')));
            insert.setString(4, hash);
            insert.setString(5, oauthProvider);
            insert.setString(6, oauthId);
            insert.setBoolean(7, verified);
            if (connection.getMetaData().getURL().startsWith("jdbc:sqlite")) {
                insert.setString(8, "2025-11-13 18:13:43.450644");
            } else {
                insert.setTimestamp(8, java.sql.Timestamp.valueOf("2025-11-13 18:13:43.450644"));
            }
            if (withSettings) {
                insert.setObject(9, price);
                insert.setString(10, currency);
            }
            insert.executeUpdate();
        }
        return this;
    }

    /** A day as the old app stored it: quantity and cost as doubles, or any other value to test bad rows. */
    OldAppDatabase milk(long id, String date, @Nullable Object litres, @Nullable Object cost, String monthYear,
                        long userId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into milk (id, date, milk_qty, cost, month_year, user_id) values (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, date);
            insert.setObject(3, litres);
            insert.setObject(4, cost);
            insert.setString(5, monthYear);
            insert.setLong(6, userId);
            insert.executeUpdate();
        }
        return this;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
