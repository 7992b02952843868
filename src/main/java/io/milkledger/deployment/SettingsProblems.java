package io.milkledger.deployment;

import io.milkledger.database.DatabaseSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the environment variables a deployment is configured with, before anything starts, and says in one
 * line per problem which variable is wrong and how to set it.
 */
final class SettingsProblems {

    private static final int MAX_SHOWN = 60;
    private static final int MAX_DATABASE_URL = 2_000;
    private static final String TWO_FACTOR_KEY = "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY";
    private static final String TWO_FACTOR_PREVIOUS_KEY = "MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$");

    private final Function<String, @Nullable String> environment;
    private final List<String> problems = new ArrayList<>();

    private SettingsProblems(Function<String, @Nullable String> environment) {
        this.environment = environment;
    }

    /**
     * Every problem with the settings.
     *
     * @param environment reads a variable; blank counts as unset
     * @param production  whether the {@code prod} profile is active: then a database, an https base URL and
     *                    the two-factor encryption key are required, and email verification needs a mail server
     */
    static List<String> find(Function<String, @Nullable String> environment, boolean production) {
        SettingsProblems check = new SettingsProblems(environment);
        check.database(production);
        check.port();
        check.baseUrl(production);
        check.pair("GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "the Google OAuth client");
        check.githubPair();
        check.mail();
        check.emailVerification(production);
        check.adminEmails();
        check.twoFactorKeys(production);
        check.auditRetention();
        return List.copyOf(check.problems);
    }

    private void database(boolean production) {
        String url = get("DATABASE_URL");
        if (url == null) {
            if (production && get("spring.datasource.url") == null) {
                problems.add("DATABASE_URL is not set. Attach the platform's PostgreSQL (Railway and Heroku then set "
                        + "it), or set DATABASE_URL=" + DatabaseSettings.EXPECTED_FORM + "?sslmode=require.");
            }
            return;
        }
        if (url.length() > MAX_DATABASE_URL || url.chars().anyMatch(Character::isISOControl)) {
            problems.add("DATABASE_URL is not a database address (it is very long or holds a control character such "
                    + "as a line break); set it like " + DatabaseSettings.EXPECTED_FORM + ".");
            return;
        }
        DatabaseSettings.problemWith(url).ifPresent(problems::add);
    }

    /** {@code PORT}, which the platforms set and {@code server.port} reads. */
    private void port() {
        String port = get("PORT");
        if (port != null && !isPort(port)) {
            problems.add("PORT must be a port number such as 8080 (got: " + shown(port) + ").");
        }
    }

    private void baseUrl(boolean production) {
        String value = get("APP_BASE_URL");
        if (value == null) {
            if (production) {
                // links in mails are never built from a request's Host or X-Forwarded-Host, which an asker sets
                problems.add("APP_BASE_URL is not set. Set it to the address people open, like "
                        + "https://milk.example.com: the links in the app's emails point there.");
            }
            return;
        }
        try {
            URI uri = new URI(value);
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            boolean web = https || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null) {
                problems.add("APP_BASE_URL must be the address people open, like https://milk.example.com "
                        + "(got: " + shown(value) + ").");
            } else if (production && !https) {
                problems.add("APP_BASE_URL must start with https:// in production (got: " + shown(value) + ").");
            }
        } catch (URISyntaxException malformed) {
            problems.add("APP_BASE_URL is not a valid address; set it like https://milk.example.com.");
        }
    }

    private void githubPair() {
        // The old app named these GHCLIENT_ID and GHCLIENT_SECRET; both spellings are accepted.
        boolean oldNames = get("GITHUB_CLIENT_ID") == null && get("GITHUB_CLIENT_SECRET") == null
                && (get("GHCLIENT_ID") != null || get("GHCLIENT_SECRET") != null);
        if (oldNames) {
            pair("GHCLIENT_ID", "GHCLIENT_SECRET", "the GitHub OAuth app");
        } else {
            pair("GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "the GitHub OAuth app");
        }
    }

    private void pair(String id, String secret, String what) {
        boolean hasId = get(id) != null;
        boolean hasSecret = get(secret) != null;
        if (hasId && !hasSecret) {
            problems.add(secret + " is not set but " + id + " is. Set both from " + what + ", or neither.");
        } else if (hasSecret && !hasId) {
            problems.add(id + " is not set but " + secret + " is. Set both from " + what + ", or neither.");
        }
    }

    private void mail() {
        boolean host = get("SMTP_HOST") != null;
        if (!host) {
            for (String name : List.of("SMTP_PORT", "SMTP_USERNAME", "SMTP_PASSWORD")) {
                if (get(name) != null) {
                    problems.add("SMTP_HOST is not set but " + name + " is. Set SMTP_HOST to your mail server, "
                            + "like smtp.example.com, or remove " + name + ".");
                    return;
                }
            }
            return;
        }
        String port = get("SMTP_PORT");
        if (port != null && !isPort(port)) {
            problems.add("SMTP_PORT must be a port number such as 587 (got: " + shown(port) + ").");
        }
        pair("SMTP_USERNAME", "SMTP_PASSWORD", "your mail provider");
        String from = get("MAIL_FROM");
        if (from == null) {
            problems.add("MAIL_FROM is not set but SMTP_HOST is. Set it to the sender address, like "
                    + "milk@example.com.");
        } else if (!EMAIL.matcher(from).matches()) {
            problems.add("MAIL_FROM must be an email address like milk@example.com (got: " + shown(from) + ").");
        }
    }

    /**
     * {@code EMAIL_VERIFICATION}: {@code required} (the default) or {@code off}. Verification mails links, and a
     * production app does not write them to its log as a laptop does, so there it needs a mail server.
     */
    private void emailVerification(boolean production) {
        String value = get("EMAIL_VERIFICATION");
        if (value != null && !value.equalsIgnoreCase("required") && !value.equalsIgnoreCase("off")) {
            problems.add("EMAIL_VERIFICATION must be required or off (got: " + shown(value) + ").");
            return;
        }
        boolean required = value == null || value.equalsIgnoreCase("required");
        if (production && required && get("SMTP_HOST") == null) {
            problems.add("SMTP_HOST is not set, but email verification is on: set SMTP_HOST, SMTP_PORT, "
                    + "SMTP_USERNAME, SMTP_PASSWORD and MAIL_FROM, or EMAIL_VERIFICATION=off.");
        }
    }

    private void adminEmails() {
        String value = get("APP_ADMIN_EMAILS");
        if (value == null) {
            return;
        }
        for (String email : value.split(",", -1)) {
            if (!EMAIL.matcher(email.strip()).matches()) {
                problems.add("APP_ADMIN_EMAILS must be email addresses separated by commas, like "
                        + "asha@example.com,ravi@example.com (\"" + shown(email.strip()) + "\" is not one).");
                return;
            }
        }
    }

    /**
     * The key that encrypts the authenticator secrets of two-factor sign-in: required in production, where
     * backups travel; and the previous one while a key is rotated.
     */
    private void twoFactorKeys(boolean production) {
        String key = get(TWO_FACTOR_KEY);
        String previous = get(TWO_FACTOR_PREVIOUS_KEY);
        if (key == null) {
            if (production) {
                problems.add(TWO_FACTOR_KEY + " is not set. It encrypts the two-factor secrets in the database: "
                        + "create one with: openssl rand -base64 32, and keep it.");
            } else if (previous != null) {
                problems.add(TWO_FACTOR_PREVIOUS_KEY + " is set but " + TWO_FACTOR_KEY + " is not: set the new "
                        + "key too (openssl rand -base64 32).");
            }
        } else if (!isAesKey(key)) {
            problems.add(TWO_FACTOR_KEY + " must be 32 random bytes in base64, such as the output of: "
                    + "openssl rand -base64 32.");
        }
        if (previous != null && !isAesKey(previous)) {
            problems.add(TWO_FACTOR_PREVIOUS_KEY + " must be the earlier key, 32 bytes in base64 as "
                    + "openssl rand -base64 32 prints them.");
        }
    }

    private void auditRetention() {
        String value = get("AUDIT_LOG_RETENTION");
        if (value == null) {
            return;
        }
        try {
            if (DurationStyle.detectAndParse(value).compareTo(Duration.ofDays(1)) >= 0) {
                return;
            }
        } catch (RuntimeException notADuration) {
            // named below
        }
        problems.add("AUDIT_LOG_RETENTION must be how long the audit log keeps its lines, at least a day, like 400d "
                + "(got: " + value + ").");
    }

    private static boolean isAesKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private @Nullable String get(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A value as a problem line quotes it: on one line, and not pages long. */
    private static String shown(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(MAX_SHOWN).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return value.codePointCount(0, value.length()) > MAX_SHOWN ? shown + "… (" + value.length() + " characters)"
                : shown.toString();
    }

    private static boolean isPort(String value) {
        try {
            int port = Integer.parseInt(value);
            return port > 0 && port < 65536;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
