package io.milkledger.database;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the {@code DATABASE_URL} that Railway and Heroku inject into {@code spring.datasource.*}
 * properties. Registered in {@code META-INF/spring.factories}, after {@code deployment.SettingsCheck}
 * has reported any problem with the value.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE_NAME = "milkLedgerDatabaseUrl";

    private final Log log;

    DatabaseUrlEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        // Logging is not initialised yet; a deferred log replays once it is.
        this.log = logFactory.getLog(DatabaseUrlEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String value = environment.getProperty("DATABASE_URL");
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            // The explicit JDBC setting is the more specific one, so it wins over DATABASE_URL.
            if (value != null) {
                log.info("Ignoring DATABASE_URL because spring.datasource.url is set");
            }
            return;
        }
        if (value == null) {
            // the prod profile without any database is refused earlier, by deployment.SettingsCheck
            return;
        }
        DatabaseUrl databaseUrl = DatabaseUrl.parse(value);
        environment.getPropertySources().addFirst(
                new MapPropertySource(PROPERTY_SOURCE_NAME, datasourceProperties(databaseUrl)));
        log.info("Using the database from DATABASE_URL: " + DatabaseUrl.mask(databaseUrl.jdbcUrl()));
    }

    private static Map<String, Object> datasourceProperties(DatabaseUrl databaseUrl) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", databaseUrl.jdbcUrl());
        if (databaseUrl.username() != null) {
            properties.put("spring.datasource.username", databaseUrl.username());
        }
        if (databaseUrl.password() != null) {
            properties.put("spring.datasource.password", databaseUrl.password());
        }
        return properties;
    }

    @Override
    public int getOrder() {
        // Last, so that application properties, profiles and SPRING_APPLICATION_JSON are all visible.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
