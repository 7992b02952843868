package io.milkledger.account;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.concurrent.Executor;

/**
 * The mails households get: links (to confirm an email, to choose a new password) and notices (a password was
 * changed, a provider linked, someone tried to sign up with their address). Plain text, friendly, and sent only once
 * the transaction that did what they tell of has committed. Without a mail server, on a laptop, a link is logged at
 * INFO instead, so whoever runs the app can still open it; a notice is only noted in the log.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final ObjectProvider<MailProperties> mailServer;
    private final EmailSettings settings;
    private final Executor background;
    private final String laptopBaseUrl;

    AccountMail(ObjectProvider<JavaMailSender> senders, ObjectProvider<MailProperties> mailServer,
                EmailSettings settings, @Qualifier("applicationTaskExecutor") Executor background,
                Environment environment) {
        this.senders = senders;
        this.mailServer = mailServer;
        this.settings = settings;
        this.background = background;
        this.laptopBaseUrl = "http://localhost:" + environment.getProperty("server.port", "8080");
    }

    /** Whether links reach households: by mail, or (on a laptop) through the log. */
    boolean canDeliver() {
        return hasMailServer() || settings.logLinks();
    }

    /** The link to confirm a new account's email; it works for 24 hours. */
    void sendVerificationLink(String email, String token) {
        String link = link("/verify-email", token);
        // one line per paragraph (the \ joins lines): mail apps wrap them to the screen, phones included
        deliver(email, "confirm their email", "Confirm your email for Milk Ledger", """
                Hello,

                Thank you for signing up for Milk Ledger. To confirm that this is your email address, \
                open this link:

                %s

                The link works once, within 24 hours. If it has run out, sign in with your email and \
                password: the sign-in page offers to send you a new one.

                If you did not sign up for Milk Ledger, you can ignore this email: without the link, \
                nothing happens.

                Milk Ledger
                """.formatted(link), link);
    }

    /** The link to choose a new password; it works for an hour. */
    void sendPasswordResetLink(String email, String token) {
        String link = link("/reset-password", token);
        deliver(email, "choose a new password", "Choose a new password for Milk Ledger", """
                Hello,

                Someone, hopefully you, asked to reset the password of the Milk Ledger account with this \
                email address. To choose a new password, open this link:

                %s

                The link works once, within an hour. Choosing a new password signs out every device that \
                is signed in to your account.

                If you did not ask for this, you can ignore this email: your password stays as it is.

                Milk Ledger
                """.formatted(link), link);
    }

    /** A notice about the account, such as a change to its sign-in, with a greeting and a sign-off. */
    void sendNotice(String email, String subject, String paragraphs) {
        deliver(email, subject, letter(paragraphs), () -> log.info(
                "No mail server is set (SMTP_HOST), so {} is not told by mail: {}", email, subject));
    }

    /** Another feature's link, with a greeting and a sign-off; {@code %s} in the paragraphs is the link. */
    void sendLink(String email, String purpose, String subject, String paragraphs, String path, String token) {
        String link = link(path, token);
        deliver(email, purpose, subject, letter(paragraphs.formatted(link)), link);
    }

    private static String letter(String paragraphs) {
        return "Hello,\n\n" + paragraphs.strip() + "\n\nMilk Ledger\n";
    }

    /**
     * Tells the owner that someone tried to sign up with their email, which already has an account: instead of a
     * page that says so to whoever typed it.
     */
    void sendRegistrationAttempt(String email) {
        String signIn = page("/login");
        String forgot = page("/forgot-password");
        sendNotice(email, "Someone tried to sign up with your email for Milk Ledger", """
                Someone, perhaps you, tried to create a Milk Ledger account with this email address. There \
                is an account with it already, so nothing was created and nothing was changed.

                If it was you, sign in: %s (with your password, or with Google or GitHub if that is how you \
                signed up). Forgot your password? Choose a new one here: %s

                If it was not you, you can ignore this email.
                """.formatted(signIn, forgot));
    }

    /** Tells the owner their password was changed, so a change they did not make does not go unnoticed. */
    void sendPasswordChanged(String email, boolean byResetLink) {
        String how = byResetLink ? "with a link from a \"Forgot your password?\" email" : "on the account page";
        sendNotice(email, "Your Milk Ledger password was changed", """
                The password of the Milk Ledger account with this email address was just changed, %s. \
                Every other device signed in to the account was signed out.

                If that was you, there is nothing to do. If it was not, choose a new password at once: %s \
                and, if you use the same password elsewhere, change it there too.
                """.formatted(how, page("/forgot-password")));
    }

    /**
     * Tells the owner a sign-in provider was joined to their account; when the account's email had never been
     * proven, its password was removed, which the mail says.
     */
    void sendProviderLinked(String email, String provider, boolean passwordRemoved) {
        String removed = passwordRemoved ? """

                The address had never been confirmed, so the password that was set for the account was \
                removed: whoever set it had not shown that they read this mailbox. Sign in with %s from now on.
                """.formatted(provider) : "";
        sendNotice(email, "%s was linked to your Milk Ledger account".formatted(provider), """
                Your Milk Ledger account with this email address can now be signed in to with %s: \
                someone signed in with the %s account that has this address, and %s says it is verified.
                %s
                If that was not you, secure your %s account, then sign in and look at your account page.
                """.formatted(provider, provider, provider, removed, provider));
    }

    private void deliver(String email, String purpose, String subject, String text, String link) {
        deliver(email, subject, text, () -> {
            if (settings.logLinks()) {
                log.info("No mail server is set (SMTP_HOST), so here is the link for {} to {}: {}",
                        email, purpose, link);
            } else {
                log.warn("No mail server is set (SMTP_HOST): could not send {} the link to {}", email, purpose);
            }
        });
    }

    private void deliver(String email, String subject, String text, Runnable withoutMailServer) {
        Runnable send = () -> {
            if (!hasMailServer()) {
                withoutMailServer.run();
                return;
            }
            // a slow mail server should not hold up the page, nor show by its delay that an email has an account
            background.execute(() -> send(email, subject, text));
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(String email, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from());
        message.setTo(email);
        message.setSubject(subject);
        message.setText(text);
        try {
            senders.getObject().send(message);
            log.debug("Sent \"{}\" to {}", subject, email);
        } catch (MailException | IllegalStateException failed) {
            // the household can ask for another link from the sign-in page; the reason is for whoever runs the app
            log.warn("Could not send \"{}\" to {}: {}", subject, email, failed.getMessage());
        }
    }

    private String from() {
        String address = settings.from();
        return "Milk Ledger <" + (StringUtils.hasText(address) ? address.strip() : "milk-ledger@localhost") + ">";
    }

    private boolean hasMailServer() {
        MailProperties properties = mailServer.getIfAvailable();
        return properties != null && StringUtils.hasText(properties.getHost());
    }

    private String link(String path, String token) {
        return link(settings.linkBaseUrl(), laptopBaseUrl, path, token);
    }

    /** An absolute address of one of the app's pages, from the same base as {@link #link}'s, never the request's. */
    private String page(String path) {
        String baseUrl = settings.linkBaseUrl();
        String base = StringUtils.hasText(baseUrl) ? baseUrl.strip() : laptopBaseUrl;
        return UriComponentsBuilder.fromUriString(StringUtils.trimTrailingCharacter(base, '/')).path(path).build()
                .toUriString();
    }

    /**
     * An absolute link: from {@code APP_BASE_URL}, which production requires, or on a laptop without it the app's
     * own {@code http://localhost} address. Never from the request: its host comes from headers
     * ({@code Host}, {@code X-Forwarded-Host}) that whoever asks for a reset sets, and a link built from them
     * would carry the victim's token to the asker's server.
     */
    static String link(@Nullable String baseUrl, String laptopBaseUrl, String path, String token) {
        String base = StringUtils.hasText(baseUrl) ? baseUrl.strip() : laptopBaseUrl;
        return UriComponentsBuilder.fromUriString(StringUtils.trimTrailingCharacter(base, '/'))
                .path(path).queryParam("token", token).build().toUriString();
    }
}
