package io.milkledger.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Locale;

/**
 * {@code APP_ADMIN_EMAILS}: the accounts that are admins as soon as they sign in with their email proven, so an
 * installation has its first admin without touching the database. {@code deployment.SettingsProblems} checks the
 * value before startup.
 *
 * @param emails the listed emails, in any case
 */
@ConfigurationProperties("milk-ledger.admins")
record FirstAdmins(@DefaultValue List<String> emails) {

    /** Whether the account's email is listed. */
    boolean lists(String email) {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return emails.stream().anyMatch(listed -> listed.strip().toLowerCase(Locale.ROOT).equals(wanted));
    }

    /**
     * Whether the account is an admin by the setting: listed, and its email proven to be theirs (by a link, a reset
     * or a provider; an email that only counts as confirmed because {@code EMAIL_VERIFICATION} is off is not).
     */
    boolean makesAdmin(Account account) {
        return account.enabled() && account.emailProven() && lists(account.email());
    }
}
