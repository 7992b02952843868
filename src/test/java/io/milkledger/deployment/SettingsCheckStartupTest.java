package io.milkledger.deployment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts a real (empty) application, so the registrations in spring.factories are tested too. */
@ExtendWith(OutputCaptureExtension.class)
class SettingsCheckStartupTest {

    private static final String KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

    @Test
    void production_without_a_database_stops_with_a_short_report_naming_database_url(CapturedOutput output) {
        assertThatThrownBy(() -> run(Map.of("spring.profiles.active", "prod", "EMAIL_VERIFICATION", "off",
                "APP_BASE_URL", "https://milk.example.com", "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY", KEY)))
                .isInstanceOf(MisconfiguredDeploymentException.class);

        assertThat(output).contains("APPLICATION FAILED TO START", "Milk Ledger's settings have 1 problem(s):",
                "  - DATABASE_URL is not set.", "Action:", "Config Vars");
        assertThat(output).doesNotContain("\tat ");
    }

    @Test
    void production_that_verifies_emails_without_a_mail_server_stops_and_says_what_to_set(CapturedOutput output) {
        assertThatThrownBy(() -> run(Map.of("spring.profiles.active", "prod",
                "DATABASE_URL", "postgres://milk:hunter2@db.internal:5432/ledger",
                "APP_BASE_URL", "https://milk.example.com", "MILK_LEDGER_TWO_FACTOR_ENCRYPTION_KEY", KEY)))
                .isInstanceOf(MisconfiguredDeploymentException.class);

        assertThat(output).contains("Milk Ledger's settings have 1 problem(s):",
                "  - SMTP_HOST is not set, but email verification is on: set SMTP_HOST, SMTP_PORT, SMTP_USERNAME, "
                        + "SMTP_PASSWORD and MAIL_FROM, or EMAIL_VERIFICATION=off.");
        assertThat(output).doesNotContain("hunter2", "\tat ");
    }

    @Test
    void every_problem_is_reported_at_once_and_no_password_is_shown(CapturedOutput output) {
        assertThatThrownBy(() -> run(Map.of("DATABASE_URL", "postgres://milk:hunter2@host:abc/ledger",
                "GOOGLE_CLIENT_ID", "id", "APP_ADMIN_EMAILS", "not-an-email")))
                .isInstanceOf(MisconfiguredDeploymentException.class);

        assertThat(output).contains("Milk Ledger's settings have 3 problem(s):", "  - DATABASE_URL must look like",
                "  - GOOGLE_CLIENT_SECRET is not set", "  - APP_ADMIN_EMAILS must be email addresses");
        assertThat(output).doesNotContain("hunter2", "\tat ");
    }

    private static void run(Map<String, Object> properties) {
        var application = new SpringApplication(EmptyConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Only the given properties: neither this machine's environment nor application.properties decide.
        var environment = new AbstractEnvironment() {
        };
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.getPropertySources().addLast(new MapPropertySource("isolation",
                Map.of("spring.config.location", "optional:classpath:/no-such-folder/")));
        application.setEnvironment(environment);
        application.run().close();
    }

    @Configuration(proxyBeanMethods = false)
    static class EmptyConfiguration {
    }
}
