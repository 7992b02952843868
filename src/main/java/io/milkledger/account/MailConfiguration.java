package io.milkledger.account;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The settings of the mails households get, and transport security that follows the mail server's port. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailSettings.class)
class MailConfiguration {

    static final int SUBMISSION_PORT = 587;
    static final int SUBMISSIONS_PORT = 465;

    /**
     * Port 587 (the default) speaks STARTTLS, and requiring it means an attacker in the middle cannot talk the app
     * into sending the SMTP password in clear; port 465 is TLS from the first byte. Other ports (a local relay, a
     * test server) use STARTTLS when the server offers it, which {@code application.properties} switches on.
     */
    @Bean
    static BeanPostProcessor transportSecurityByPort() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    if (sender.getPort() == SUBMISSION_PORT) {
                        sender.getJavaMailProperties().setProperty("mail.smtp.starttls.required", "true");
                    } else if (sender.getPort() == SUBMISSIONS_PORT) {
                        sender.getJavaMailProperties().setProperty("mail.smtp.ssl.enable", "true");
                    }
                }
                return bean;
            }
        };
    }
}
