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
 * The whole application on a real port, for the REST API over real HTTP: its own security filter chain, Vaadin
 * leaving {@code /api/**} alone, and the servlet container's handling of bodies and headers, which Spring's mock
 * web environment would skip. Every test class that carries only this annotation shares one context
 * (docs/decisions/0006-test-pyramid.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY, type = DatabaseType.POSTGRES)
@TestPropertySource(properties = "milk-ledger.embedded-database.enabled=false")
public @interface ApiIntegrationTest {
}
