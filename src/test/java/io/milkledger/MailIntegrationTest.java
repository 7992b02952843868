package io.milkledger;

import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@link IntegrationTest} with a real SMTP server: the app sends its mails to {@link TestMailServer}, and its
 * clock is {@link TestMailServer#CLOCK}, which tests move to let links expire. One context for every class that
 * carries this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ContextConfiguration(initializers = TestMailServer.class)
public @interface MailIntegrationTest {
}
