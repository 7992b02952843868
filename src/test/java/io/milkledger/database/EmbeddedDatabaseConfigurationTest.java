package io.milkledger.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseConfigurationTest {

    @TempDir
    Path folder;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void laptop_without_a_database_gets_postgres_17_in_the_configured_folder() {
        runner.withPropertyValues("milk-ledger.embedded-database.directory=" + folder).run(context -> {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));

            assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(Files.readString(folder.resolve("PG_VERSION")).strip()).isEqualTo("17");
        });

        assertThat(folder.resolve("postmaster.pid")).as("PostgreSQL stopped with the context").doesNotExist();
    }

    @Test
    void configured_datasource_url_keeps_the_embedded_database_off() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://host/ledger")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
    }

    @Test
    void prod_profile_keeps_the_embedded_database_off() {
        runner.withPropertyValues("spring.profiles.active=prod")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
    }

    @Test
    void switching_it_off_keeps_the_embedded_database_off() {
        runner.withPropertyValues("milk-ledger.embedded-database.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
    }
}
