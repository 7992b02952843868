package io.milkledger;

import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a real, Flyway-migrated PostgreSQL 17 (embedded, one per test context), in
 * Spring's mock web environment so browserless UI tests can use it too. Every test class that carries only this
 * annotation shares one context (docs/decisions/0006-test-pyramid.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, type = DatabaseType.POSTGRES)
// the first admins' emails are here, not on the one test about them, so that test shares this context too
@TestPropertySource(properties = {"milk-ledger.embedded-database.enabled=false",
        "milk-ledger.admins.emails=First.Admin@example.com, other@example.com"})
public @interface IntegrationTest {
}
