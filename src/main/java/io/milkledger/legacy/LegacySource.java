package io.milkledger.legacy;

import io.milkledger.database.DatabaseUrl;
import io.milkledger.database.InvalidDatabaseUrlException;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the old app's data is: its SQLite file or its PostgreSQL database. Reading it never writes to it; values
 * come back as the driver gives them (text, whole or floating point numbers), and {@link LegacyValues} decides what
 * they mean.
 */
sealed interface LegacySource {

    /** How the source is named in reports, without a password. */
    String description();

    /** Opens a read-only connection. */
    Connection open() throws SQLException;

    /** The SQLite file the old app kept in its {@code instance/} folder. */
    static LegacySource sqlite(Path file) {
        return new SqliteFile(file);
    }

    /**
     * The old app's PostgreSQL database, as {@code postgres://}, {@code postgresql://} or {@code jdbc:postgresql://}.
     *
     * @throws LegacyImportException when the address cannot be read
     */
    static LegacySource postgres(String url) {
        try {
            return new Postgres(DatabaseUrl.parse(url));
        } catch (InvalidDatabaseUrlException e) {
            throw new LegacyImportException(e.getMessage().replace("DATABASE_URL", "The old database's address"), e);
        }
    }

    /** A {@code user} row, with the settings columns empty when the old schema did not have them. */
    record User(long id, @Nullable Object email, @Nullable Object username, @Nullable Object passwordHash,
                @Nullable Object oauthProvider, @Nullable Object oauthId, @Nullable Object emailVerified,
                @Nullable Object createdAt, @Nullable Object pricePerLitre, @Nullable Object currency) {
    }

    /** A {@code milk} row as stored: the date and month as text, quantity and cost as floating point. */
    record Row(long id, @Nullable Object date, @Nullable Object litres, @Nullable Object cost,
               @Nullable Object monthYear, @Nullable Object userId) {
    }

    /** Everything the old app kept, and whether its user table had the settings columns. */
    record Contents(List<User> users, List<Row> rows, boolean hadSettings) {
    }

    /**
     * Reads both tables.
     *
     * @throws LegacyImportException when the source is missing, not a database, or lacks the old app's tables
     */
    default Contents read() {
        check();
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            List<User> users = new ArrayList<>();
            boolean hadSettings;
            // first which columns there are, then only the named ones the import reads: a crafted file's extra
            // columns, or ones computed from a view, never reach the import
            Set<String> columns = columnsOf(statement, "user", "id", "email");
            hadSettings = columns.contains("milk_price_per_litre") && columns.contains("currency");
            String userColumns = String.join(", ", USER_COLUMNS.stream().filter(columns::contains)
                    .map(column -> '"' + column + '"').toList());
            try (ResultSet rs = statement.executeQuery("select " + userColumns + " from \"user\" order by id")) {
                while (rs.next()) {
                    users.add(new User(rs.getLong("id"), value(rs, columns, "email"), value(rs, columns, "username"),
                            value(rs, columns, "password_hash"), value(rs, columns, "oauth_provider"),
                            value(rs, columns, "oauth_id"), value(rs, columns, "email_verified"),
                            createdAt(rs, columns), value(rs, columns, "milk_price_per_litre"),
                            value(rs, columns, "currency")));
                }
            }
            List<Row> rows = new ArrayList<>();
            columnsOf(statement, "milk", "id", "date", "milk_qty", "cost", "month_year", "user_id");
            try (ResultSet rs = statement.executeQuery("select \"id\", \"date\", \"milk_qty\", \"cost\", "
                    + "\"month_year\", \"user_id\" from milk order by id")) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("id"), rs.getObject("date"), rs.getObject("milk_qty"),
                            rs.getObject("cost"), rs.getObject("month_year"), rs.getObject("user_id")));
                }
            }
            return new Contents(List.copyOf(users), List.copyOf(rows), hadSettings);
        } catch (SQLException e) {
            throw new LegacyImportException(description() + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Checks what can be checked before reading, so a wrong file gets a clear message rather than a driver's. */
    void check();

    /** The columns of the old app's {@code user} table that the import reads. */
    List<String> USER_COLUMNS = List.of("id", "email", "username", "password_hash", "oauth_provider", "oauth_id",
            "email_verified", "created_at", "milk_price_per_litre", "currency");

    private static Set<String> columnsOf(Statement statement, String table, String... required) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select * from \"" + table + "\" where 1 = 0")) {
            return columns(rs, table, required);
        }
    }

    private static Set<String> columns(ResultSet rs, String table, String... required) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Boolean> names = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), true);
        }
        List<String> missing = Arrays.stream(required).filter(name -> !names.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new LegacyImportException("The table '" + table + "' has no column " + String.join(", ", missing)
                    + "; this is not the old app's database.");
        }
        return Set.copyOf(names.keySet());
    }

    private static @Nullable Object value(ResultSet rs, Set<String> columns, String column) throws SQLException {
        return columns.contains(column) ? rs.getObject(column) : null;
    }

    private static @Nullable Object createdAt(ResultSet rs, Set<String> columns) throws SQLException {
        if (!columns.contains("created_at")) {
            return null;
        }
        // SQLite keeps SQLAlchemy's DATETIME as text; PostgreSQL's driver gives a timestamp, read as text too
        return rs.getString("created_at");
    }

    record SqliteFile(Path file) implements LegacySource {

        private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

        @Override
        public String description() {
            return "The file " + file.getFileName();
        }

        @Override
        public void check() {
            if (!Files.exists(file)) {
                throw new LegacyImportException("There is no file " + file + ".");
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new LegacyImportException(file + " is not a file that can be read.");
            }
            byte[] header;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(HEADER.length);
            } catch (IOException e) {
                throw new LegacyImportException(description() + " could not be read: " + e.getMessage(), e);
            }
            if (header.length == 0) {
                throw new LegacyImportException(description() + " is empty; it is not the old app's database.");
            }
            if (!Arrays.equals(header, HEADER)) {
                throw new LegacyImportException(description() + " is not a SQLite database; choose the old app's "
                        + "milk-calculation.db from its instance folder.");
            }
            try (Connection connection = open(); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select name from sqlite_master where type = 'table'")) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
                requireTables(tables);
            } catch (SQLException e) {
                throw new LegacyImportException(description() + " is damaged or not a SQLite database: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public Connection open() throws SQLException {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        }
    }

    record Postgres(DatabaseUrl url) implements LegacySource {

        @Override
        public String description() {
            // the host and database, never the user name or password
            return "The database " + url.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
        }

        @Override
        public void check() {
            try (Connection connection = open(); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("""
                         select table_name from information_schema.tables
                         where table_schema = any (current_schemas(false))""")) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
                requireTables(tables);
            } catch (SQLException e) {
                throw new LegacyImportException(description() + " could not be opened: " + e.getMessage(), e);
            }
        }

        @Override
        public Connection open() throws SQLException {
            Properties properties = new Properties();
            if (url.username() != null) {
                properties.setProperty("user", url.username());
            }
            if (url.password() != null) {
                properties.setProperty("password", url.password());
            }
            Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
            connection.setReadOnly(true);
            return connection;
        }
    }

    private static void requireTables(List<String> tables) {
        for (String table : List.of("user", "milk")) {
            if (!tables.contains(table)) {
                throw new LegacyImportException("The database has no table '" + table
                        + "'; it is not the old app's database.");
            }
        }
    }
}
