package io.milkledger.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUrlEnvironmentPostProcessorTest {

    private final MockEnvironment environment = new MockEnvironment();

    @Test
    void database_url_becomes_the_datasource_settings() {
        environment.setProperty("DATABASE_URL", "postgres://milk:s%23cret@db.example.com:6543/ledger?sslmode=require");

        postProcess();

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example.com:6543/ledger?sslmode=require");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("milk");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("s#cret");
    }

    @Test
    void database_url_credentials_win_over_configured_ones() {
        environment.setProperty("DATABASE_URL", "postgres://milk:secret@host/ledger");
        environment.setProperty("spring.datasource.username", "developer");

        postProcess();

        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("milk");
    }

    @Test
    void database_url_without_credentials_leaves_configured_ones_alone() {
        environment.setProperty("DATABASE_URL", "postgres://host/ledger");
        environment.setProperty("spring.datasource.username", "developer");

        postProcess();

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://host:5432/ledger");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("developer");
    }

    @Test
    void explicit_datasource_url_wins_over_database_url() {
        environment.setProperty("DATABASE_URL", "not even a url");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://explicit/ledger");

        postProcess();

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://explicit/ledger");
        assertThat(environment.getPropertySources().contains(DatabaseUrlEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
    }

    @Test
    void nothing_changes_on_a_laptop_without_any_database() {
        postProcess();

        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void invalid_database_url_stops_the_start() {
        environment.setProperty("DATABASE_URL", "mysql://milk:secret@host/ledger");

        assertThatThrownBy(this::postProcess).isInstanceOf(InvalidDatabaseUrlException.class);
    }

    @Test
    void prod_profile_with_a_datasource_url_starts() {
        environment.setActiveProfiles("prod");
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://explicit/ledger");

        postProcess();

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://explicit/ledger");
    }

    @Test
    void prod_profile_with_a_database_url_starts() {
        environment.setActiveProfiles("prod");
        environment.setProperty("DATABASE_URL", "postgres://milk:secret@host/ledger");

        postProcess();

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://host:5432/ledger");
    }

    private void postProcess() {
        new DatabaseUrlEnvironmentPostProcessor(Supplier::get)
                .postProcessEnvironment(environment, new SpringApplication());
    }
}
