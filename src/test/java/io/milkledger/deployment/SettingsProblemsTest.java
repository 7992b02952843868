package io.milkledger.deployment;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsProblemsTest {

    private static final String DATABASE = "postgres://milk:secret@db.internal:5432/ledger?sslmode=require";
    private static final String BASE_URL = "https://milk.example.com";
    private static final String KEY_VARIABLE = "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY";
    private static final String KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    @Test
    void a_complete_production_environment_has_no_problems() {
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", "https://milk.example.com",
                "GOOGLE_CLIENT_ID", "id", "GOOGLE_CLIENT_SECRET", "secret", "SMTP_HOST", "smtp.example.com",
                "SMTP_PORT", "587", "MAIL_FROM", "milk@example.com", "APP_ADMIN_EMAILS",
                "asha@example.com, ravi@example.com"))).isEmpty();
    }

    @Test
    void production_without_a_database_names_database_url() {
        assertThat(find(true, Map.of("EMAIL_VERIFICATION", "off", "APP_BASE_URL", BASE_URL)))
                .singleElement().asString()
                .startsWith("DATABASE_URL is not set.").contains("postgres://user:password@host:5432/database");
        assertThat(find(false, Map.of())).isEmpty();
        assertThat(find(true, Map.of("spring.datasource.url", "jdbc:postgresql://db/ledger",
                "EMAIL_VERIFICATION", "off", "APP_BASE_URL", BASE_URL))).isEmpty();
    }

    @Test
    void production_verifying_emails_without_a_mail_server_names_what_to_set() {
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", BASE_URL))).containsExactly(
                "SMTP_HOST is not set, but email verification is on: set SMTP_HOST, SMTP_PORT, SMTP_USERNAME, "
                        + "SMTP_PASSWORD and MAIL_FROM, or EMAIL_VERIFICATION=off.");
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", BASE_URL,
                "EMAIL_VERIFICATION", "Required")))
                .singleElement().asString().startsWith("SMTP_HOST is not set, but email verification is on");
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", BASE_URL,
                "EMAIL_VERIFICATION", "off"))).isEmpty();
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", BASE_URL,
                "SMTP_HOST", "smtp.example.com", "MAIL_FROM", "milk@example.com"))).isEmpty();
    }

    @Test
    void production_without_app_base_url_names_it_because_links_are_never_built_from_a_request() {
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "EMAIL_VERIFICATION", "off"))).containsExactly(
                "APP_BASE_URL is not set. Set it to the address people open, like https://milk.example.com: "
                        + "the links in the app's emails point there.");
        assertThat(find(false, Map.of())).isEmpty();
    }

    @Test
    void production_without_the_two_factor_key_names_it_and_how_to_create_one() {
        Map<String, String> environment = new HashMap<>(Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", BASE_URL,
                "EMAIL_VERIFICATION", "off"));
        environment.put(KEY_VARIABLE, " ");

        assertThat(SettingsProblems.find(environment::get, true)).containsExactly(
                "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY is not set. It encrypts the two-factor secrets in the "
                        + "database: create one with: openssl rand -base64 32, and keep it.");
        assertThat(SettingsProblems.find(environment::get, false)).isEmpty();
    }

    @Test
    void two_factor_keys_are_32_bytes_of_base64_and_a_previous_key_needs_a_current_one() {
        assertThat(find(false, Map.of(KEY_VARIABLE, "c2hvcnQ="))).singleElement().asString()
                .startsWith("MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY must be 32 random bytes in base64");
        assertThat(find(false, Map.of("MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY", KEY)))
                .singleElement().asString()
                .startsWith("MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY is set but " + KEY_VARIABLE);
        assertThat(find(false, Map.of(KEY_VARIABLE, KEY, "MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY", "x")))
                .singleElement().asString().startsWith("MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY must be");
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", BASE_URL, "EMAIL_VERIFICATION", "off",
                "MILK_LEDGER_TWO_FACTOR_PREVIOUS_ENCRYPTION_KEY", KEY))).isEmpty();
    }

    @Test
    void the_audit_log_retention_is_a_duration_of_at_least_a_day() {
        assertThat(find(false, Map.of("AUDIT_LOG_RETENTION", "400d"))).isEmpty();
        assertThat(find(false, Map.of("AUDIT_LOG_RETENTION", "P2Y"))).singleElement().asString()
                .startsWith("AUDIT_LOG_RETENTION must be");
        assertThat(find(false, Map.of("AUDIT_LOG_RETENTION", "1h"))).singleElement().asString()
                .isEqualTo("AUDIT_LOG_RETENTION must be how long the audit log keeps its lines, at least a day, "
                        + "like 400d (got: 1h).");
    }

    @Test
    void a_laptop_verifies_emails_without_a_mail_server_because_it_logs_the_links() {
        assertThat(find(false, Map.of("EMAIL_VERIFICATION", "required"))).isEmpty();
    }

    @Test
    void email_verification_is_required_or_off_and_nothing_else() {
        assertThat(find(false, Map.of("EMAIL_VERIFICATION", "false"))).containsExactly(
                "EMAIL_VERIFICATION must be required or off (got: false).");
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", BASE_URL,
                "EMAIL_VERIFICATION", "optional")))
                .singleElement().asString().startsWith("EMAIL_VERIFICATION must be required or off");
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_BASE_URL", BASE_URL,
                "EMAIL_VERIFICATION", " OFF "))).isEmpty();
    }

    @Test
    void a_malformed_database_url_is_named_without_its_password() {
        assertThat(find(false, Map.of("DATABASE_URL", "postgres://milk:hunter2@db:abc/ledger")))
                .singleElement().asString().contains("DATABASE_URL").doesNotContain("hunter2");
    }

    @Test
    void half_an_oauth_client_names_the_missing_half() {
        assertThat(find(false, Map.of("GOOGLE_CLIENT_ID", "id"))).containsExactly(
                "GOOGLE_CLIENT_SECRET is not set but GOOGLE_CLIENT_ID is. Set both from the Google OAuth client, "
                        + "or neither.");
        assertThat(find(false, Map.of("GITHUB_CLIENT_SECRET", "s"))).singleElement().asString()
                .startsWith("GITHUB_CLIENT_ID is not set");
        assertThat(find(false, Map.of("GHCLIENT_ID", "old"))).singleElement().asString()
                .startsWith("GHCLIENT_SECRET is not set but GHCLIENT_ID is");
        assertThat(find(false, Map.of("GHCLIENT_ID", "old", "GHCLIENT_SECRET", "s"))).isEmpty();
    }

    @Test
    void half_a_mail_server_is_named() {
        assertThat(find(false, Map.of("SMTP_HOST", "smtp.example.com"))).singleElement().asString()
                .startsWith("MAIL_FROM is not set");
        assertThat(find(false, Map.of("SMTP_PASSWORD", "x"))).singleElement().asString()
                .startsWith("SMTP_HOST is not set but SMTP_PASSWORD is");
        assertThat(find(false, Map.of("SMTP_HOST", "smtp.example.com", "MAIL_FROM", "milk@example.com",
                "SMTP_PORT", "smtp", "SMTP_USERNAME", "milk"))).containsExactly(
                "SMTP_PORT must be a port number such as 587 (got: smtp).",
                "SMTP_PASSWORD is not set but SMTP_USERNAME is. Set both from your mail provider, or neither.");
    }

    @Test
    void a_bad_admin_list_and_a_plain_http_base_url_in_production_are_named() {
        assertThat(find(true, Map.of("DATABASE_URL", DATABASE, "APP_ADMIN_EMAILS", "asha@example.com;ravi",
                "APP_BASE_URL", "http://milk.example.com", "EMAIL_VERIFICATION", "off")))
                .containsExactly("APP_BASE_URL must start with https:// in production (got: http://milk.example.com).",
                        "APP_ADMIN_EMAILS must be email addresses separated by commas, like "
                                + "asha@example.com,ravi@example.com (\"asha@example.com;ravi\" is not one).");
        assertThat(find(false, Map.of("APP_BASE_URL", "http://localhost:8080"))).isEmpty();
        assertThat(find(false, Map.of("APP_BASE_URL", "milk.example.com"))).singleElement().asString()
                .startsWith("APP_BASE_URL must be the address people open");
    }

    @Test
    void blank_values_count_as_unset() {
        assertThat(find(false, Map.of("GOOGLE_CLIENT_ID", "  ", "SMTP_PORT", "", "EMAIL_VERIFICATION", " ")))
                .isEmpty();
    }

    /** Production settings check; the two-factor key is added unless the test is about it. */
    private static List<String> find(boolean production, Map<String, String> environment) {
        Map<String, String> complete = new HashMap<>(environment);
        if (production) {
            complete.putIfAbsent(KEY_VARIABLE, KEY);
        }
        return SettingsProblems.find(complete::get, production);
    }
}
