package io.milkledger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GreenMail SMTP server on a free port for the whole test run, with a user the app signs in as, so the mapping of
 * the mail settings is tested down to authentication. Tests tell their mails apart by the unique addresses they
 * register.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String FROM = "milk@example.com";
    public static final String VERIFICATION = "Confirm your email for Milk Ledger";
    public static final String RESET = "Choose a new password for Milk Ledger";
    public static final MovableClock CLOCK = new MovableClock(Instant.parse("2031-03-01T06:00:00Z"));

    private static final String USER = "milk-ledger";
    private static final String PASSWORD = "smtp secret";
    private static final GreenMail SERVER = start();

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test mail server", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(SERVER.getSmtp().getPort()),
                "spring.mail.username", USER,
                "spring.mail.password", PASSWORD,
                "milk-ledger.email.from", FROM)));
        RootBeanDefinition clock = new RootBeanDefinition(MovableClock.class, () -> CLOCK);
        clock.setPrimary(true);
        ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("movableClock", clock);
    }

    /**
     * The mails with the subject sent to the address so far, after waiting up to five seconds for at least so
     * many.
     */
    public static List<MimeMessage> mailsTo(String address, String subject, int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<MimeMessage> mails = received(address, subject);
        while (mails.size() < atLeast && Instant.now().isBefore(deadline)) {
            SERVER.waitForIncomingEmail(100, SERVER.getReceivedMessages().length + 1);
            mails = received(address, subject);
        }
        return mails;
    }

    /** The mails with the subject sent to the address after a second, for tests that a mail did not go out. */
    public static List<MimeMessage> mailsAfterASecond(String address, String subject) {
        SERVER.waitForIncomingEmail(1000, Integer.MAX_VALUE);
        return received(address, subject);
    }

    /** The one mail with the subject sent to the address, waiting for it if need be. */
    public static MimeMessage mailTo(String address, String subject) {
        List<MimeMessage> mails = mailsTo(address, subject, 1);
        if (mails.size() != 1) {
            throw new AssertionError(mails.size() + " mails \"" + subject + "\" to " + address + ", expected one");
        }
        return mails.getFirst();
    }

    /** The mail's plain text, decoded. */
    public static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException unreadable) {
            throw new AssertionError("cannot read the mail", unreadable);
        }
    }

    /** The token of the link to the path (such as {@code /verify-email}) in the mail. */
    public static String token(MimeMessage mail, String path) {
        Matcher link = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)")
                .matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + text(mail));
        }
        return link.group(1);
    }

    private static List<MimeMessage> received(String address, String subject) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(mail -> is(mail, address, subject)).toList();
    }

    private static boolean is(MimeMessage mail, String address, String subject) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return subject.equals(mail.getSubject()) && recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
