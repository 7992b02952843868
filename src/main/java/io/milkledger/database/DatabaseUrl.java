package io.milkledger.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL connection in the shape Spring's {@code spring.datasource.*} properties want it,
 * read from a {@code DATABASE_URL} as Railway and Heroku inject it.
 *
 * <p>Accepts {@code postgres://}, {@code postgresql://} and {@code jdbc:postgresql://} URLs. The
 * user name and password move out of the URL because the PostgreSQL driver rejects user info in
 * the authority; everything else, including query parameters such as {@code sslmode=require},
 * stays on the JDBC URL.
 *
 * @param jdbcUrl  a URL the PostgreSQL driver accepts, always with an explicit port
 * @param username the percent-decoded user name, or {@code null} when the URL has none
 * @param password the percent-decoded password, or {@code null} when the URL has none
 */
public record DatabaseUrl(String jdbcUrl, @Nullable String username, @Nullable String password) {

    static final String EXPECTED_FORM = "postgres://user:password@host:5432/database";

    private static final int DEFAULT_PORT = 5432;

    private static final Pattern SCHEME = Pattern.compile("(?i)(?:jdbc:postgresql|postgresql|postgres)://");

    // Greedy user info ends at the last '@' of the authority, so an unencoded '@' in a password
    // still parses; a bracketed host keeps its brackets, which the driver needs for IPv6.
    private static final Pattern AFTER_SCHEME = Pattern.compile(
            "(?:(?<userinfo>[^/?]*)@)?(?<host>\\[[^\\]/?]*]|[^:/?\\[\\]\\s]*)(?::(?<port>[^/?]*))?"
                    + "(?<path>/[^?]*)?(?:\\?(?<query>.*))?");

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");

    /**
     * Reads a {@code DATABASE_URL}.
     *
     * @throws InvalidDatabaseUrlException when the value is not a PostgreSQL URL with a host and a
     *                                     database name
     */
    public static DatabaseUrl parse(String value) {
        String url = value.strip();
        if (url.isEmpty()) {
            throw invalid(value, "it is empty");
        }
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.lookingAt()) {
            throw invalid(value, "it is not a PostgreSQL URL");
        }
        Matcher parts = AFTER_SCHEME.matcher(url.substring(scheme.end()));
        if (!parts.matches()) {
            throw invalid(value, "it cannot be read as a URL");
        }
        String host = parts.group("host");
        if (host.isEmpty() || host.equals("[]")) {
            throw invalid(value, "it names no host");
        }
        int port = port(parts.group("port"), value);
        String database = database(parts.group("path"), value);
        String query = parts.group("query");
        String jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + database
                + (query == null || query.isEmpty() ? "" : "?" + query);
        return withCredentials(jdbcUrl, parts.group("userinfo"), value);
    }

    private static int port(@Nullable String port, String value) {
        if (port == null) {
            return DEFAULT_PORT;
        }
        // An empty port ("host:/db") usually means an unset ${PGPORT}; say so rather than guess.
        int number = port.matches("[0-9]{1,5}") ? Integer.parseInt(port) : 0;
        if (number < 1 || number > 65535) {
            throw invalid(value, "its port is not a number from 1 to 65535");
        }
        return number;
    }

    private static String database(@Nullable String path, String value) {
        if (path == null || path.length() == 1) {
            throw invalid(value, "it names no database");
        }
        String database = path.substring(1);
        if (database.contains("/")) {
            throw invalid(value, "its path is more than a database name");
        }
        return database;
    }

    private static DatabaseUrl withCredentials(String jdbcUrl, @Nullable String userinfo, String value) {
        if (userinfo == null) {
            return new DatabaseUrl(jdbcUrl, null, null);
        }
        // Split before decoding: an encoded ':' (%3A) belongs to the user name or the password.
        int colon = userinfo.indexOf(':');
        String user = colon < 0 ? userinfo : userinfo.substring(0, colon);
        String password = colon < 0 ? null : userinfo.substring(colon + 1);
        try {
            return new DatabaseUrl(jdbcUrl, user.isEmpty() ? null : decode(user),
                    password == null ? null : decode(password));
        } catch (IllegalArgumentException e) {
            throw invalid(value, "its user name or password contains a broken %-escape");
        }
    }

    private static String decode(String part) {
        // URLDecoder decodes HTML forms, where '+' means a space; in a URL it is a literal plus.
        return URLDecoder.decode(part.replace("+", "%2B"), UTF_8);
    }

    private static InvalidDatabaseUrlException invalid(String value, String reason) {
        String got = value.isBlank() ? "" : " (got: " + mask(value.strip()) + ")";
        return new InvalidDatabaseUrlException(
                "DATABASE_URL must look like " + EXPECTED_FORM + ", but " + reason + got + ".");
    }

    /**
     * Hides the password of a URL that may be malformed. Masks from the first ':' of the
     * authority to the last '@', so a malformed password is over-masked rather than leaked.
     */
    static String mask(String value) {
        int schemeEnd = value.indexOf("://");
        int colon = value.indexOf(':', schemeEnd < 0 ? 0 : schemeEnd + 3);
        int at = value.lastIndexOf('@');
        String masked = colon >= 0 && colon < at
                ? value.substring(0, colon + 1) + "****" + value.substring(at)
                : value;
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1****");
    }

    @Override
    public String toString() {
        // The record's generated toString would print the password into logs.
        return "DatabaseUrl[jdbcUrl=" + mask(jdbcUrl) + ", username=" + username
                + ", password=" + (password == null ? null : "****") + "]";
    }
}
