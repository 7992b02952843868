package io.milkledger.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Starts a real (empty) application, so the registration in spring.factories is tested too. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFailureAnalyzerTest {

    @Test
    void invalid_database_url_fails_the_start_with_a_short_report(CapturedOutput output) {
        assertThatThrownBy(() -> run(Map.of("DATABASE_URL", "postgres://milk:hunter2@host:abc/ledger")))
                .isInstanceOf(InvalidDatabaseUrlException.class);

        assertThat(output).contains("APPLICATION FAILED TO START", "Description:",
                "DATABASE_URL must look like postgres://user:password@host:5432/database, but its port is not a number"
                        + " from 1 to 65535 (got: postgres://milk:****@host:abc/ledger).",
                "Action:", "Set DATABASE_URL to your PostgreSQL URL");
        assertThat(output).doesNotContain("hunter2", "\tat ");
    }

    @Test
    void prod_profile_without_a_database_fails_the_start_with_a_short_report(CapturedOutput output) {
        assertThatThrownBy(() -> run(Map.of("spring.profiles.active", "prod")))
                .isInstanceOf(MissingDatabaseUrlException.class);

        assertThat(output).contains("APPLICATION FAILED TO START",
                "The prod profile is active but no database is configured", "Action:",
                "Set DATABASE_URL=postgres://user:password@host:5432/database?sslmode=require in the environment");
        assertThat(output).doesNotContain("\tat ");
    }

    private static void run(Map<String, Object> properties) {
        var application = new SpringApplication(EmptyConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Only the given properties: neither this machine's environment variables nor the
        // project's application.properties may decide the outcome.
        var environment = new AbstractEnvironment() {};
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
