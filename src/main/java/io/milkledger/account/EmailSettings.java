package io.milkledger.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the app mails links to households. The mail server itself is Spring's {@code spring.mail.*}, mapped from
 * {@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USERNAME} and {@code SMTP_PASSWORD} in
 * {@code application.properties}; {@code deployment.SettingsProblems} checks all of them before startup.
 *
 * @param verification {@code EMAIL_VERIFICATION}: whether a new account must confirm its email before signing in
 * @param from         {@code MAIL_FROM}: the sender address
 * @param linkBaseUrl  {@code APP_BASE_URL}: where links point, required in production; blank on a laptop means
 *                     {@code http://localhost} on the app's port
 * @param logLinks     whether links are written to the log when no mail server is set; on for laptops, off in
 *                     production, where logs travel further than a household's inbox
 */
@ConfigurationProperties("milk-ledger.email")
record EmailSettings(
        @DefaultValue("required") Verification verification,
        @Nullable String from,
        @Nullable String linkBaseUrl,
        @DefaultValue("true") boolean logLinks) {

    EmailSettings {
        // EMAIL_VERIFICATION set but blank binds as null; the settings check counts blank as unset, so does this
        verification = verification == null ? Verification.REQUIRED : verification;
    }

    /** {@code EMAIL_VERIFICATION}'s values. */
    enum Verification {
        /** New accounts confirm their email before they can sign in with a password. */
        REQUIRED,
        /** New accounts count as confirmed; for deployments without a mail server. */
        OFF
    }

    boolean verificationRequired() {
        return verification == Verification.REQUIRED;
    }
}
