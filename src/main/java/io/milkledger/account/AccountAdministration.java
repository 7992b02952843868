package io.milkledger.account;

import io.milkledger.account.EmailTokens.Purpose;
import io.milkledger.security.AdminOnly;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.Role;
import io.milkledger.security.SignedInSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * What an admin may do to an account: disable and enable it, confirm its email or mail a new link, mail a
 * password reset, grant and revoke the admin role, delete it with everything it recorded. No method reads or
 * returns anything a household recorded. Each change publishes {@link AccountAdministered} in its transaction,
 * which the audit log stores. An admin cannot act on their own account here (the account page is for that), and
 * the last enabled admin always stays.
 */
@Service
@Transactional
@AdminOnly
public class AccountAdministration {

    private final AccountRepository accounts;
    private final EmailTokens tokens;
    private final AccountMail mail;
    private final SignedInSessions sessions;
    private final AccountSessions everywhere;
    private final FirstAdmins firstAdmins;
    private final LastAdmin lastAdmin;
    private final ApplicationEventPublisher events;

    AccountAdministration(AccountRepository accounts, EmailTokens tokens, AccountMail mail,
                          SignedInSessions sessions, AccountSessions everywhere, FirstAdmins firstAdmins,
                          LastAdmin lastAdmin, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.sessions = sessions;
        this.everywhere = everywhere;
        this.firstAdmins = firstAdmins;
        this.lastAdmin = lastAdmin;
        this.events = events;
    }

    /**
     * Disables the account: it can no longer sign in, and its open sessions end at once (their next click lands on
     * the sign-in page). Its data stays.
     *
     * @throws AdminActionRefusedException for the admin's own account, or the last enabled admin
     */
    public void disable(long accountId) {
        Account account = other(accountId, "disable");
        if (!account.enabled()) {
            return;
        }
        keepAnotherAdmin(account, "disabled");
        account.disable();
        everywhere.endEverywhere(account.id());
        done(AdminAction.ACCOUNT_DISABLED, account, null);
    }

    /** Lets the account sign in again. */
    public void enable(long accountId) {
        Account account = other(accountId, "enable");
        if (account.enabled()) {
            return;
        }
        account.enable();
        done(AdminAction.ACCOUNT_ENABLED, account, null);
    }

    /** Counts the account's email as confirmed, as if its link had been opened; its links stop working. */
    public void markEmailVerified(long accountId) {
        Account account = existing(accountId);
        if (account.emailVerified()) {
            return;
        }
        account.markEmailVerified();
        tokens.retire(account.id(), Purpose.VERIFY);
        done(AdminAction.EMAIL_MARKED_VERIFIED, account, null);
    }

    /**
     * Mails the account a new link to confirm its email.
     *
     * @throws AdminActionRefusedException when the email is confirmed already, no mail can be sent, or a link was
     *                                     sent moments ago
     */
    public void resendVerification(long accountId) {
        Account account = existing(accountId);
        if (account.emailVerified()) {
            throw new AdminActionRefusedException(account.email() + " is confirmed already.");
        }
        canMail(account, Purpose.VERIFY);
        mail.sendVerificationLink(account.email(), tokens.issue(account.id(), Purpose.VERIFY));
        done(AdminAction.VERIFICATION_SENT, account, null);
    }

    /**
     * Mails the account a link to choose a new password (valid for an hour). Its password stays until the link is
     * used.
     *
     * @throws AdminActionRefusedException when the account signs in only with Google or GitHub, is disabled, no
     *                                     mail can be sent, or a link was sent moments ago
     */
    public void sendPasswordReset(long accountId) {
        Account account = existing(accountId);
        if (account.passwordHash() == null) {
            throw new AdminActionRefusedException(account.email() + " signs in with Google or GitHub only; "
                    + "there is no password to reset.");
        }
        if (!account.enabled()) {
            throw new AdminActionRefusedException(account.email() + " is disabled; enable it first.");
        }
        canMail(account, Purpose.RESET);
        mail.sendPasswordResetLink(account.email(), tokens.issue(account.id(), Purpose.RESET));
        done(AdminAction.PASSWORD_RESET_SENT, account, null);
    }

    /**
     * Makes the account an admin from its next sign-in on (admin pages then ask it to set up two-factor sign-in).
     *
     * @throws AdminActionRefusedException when the account is disabled or its email is not confirmed
     */
    public void grantAdmin(long accountId) {
        Account account = other(accountId, "change the role of");
        if (account.isAdmin()) {
            return;
        }
        if (!account.enabled() || !account.emailVerified()) {
            throw new AdminActionRefusedException("Only an enabled account with a confirmed email can be an admin.");
        }
        account.grant(Role.ADMIN);
        done(AdminAction.ADMIN_GRANTED, account, null);
    }

    /**
     * Takes the admin role away; the account's sessions end, so the role is gone at once.
     *
     * @throws AdminActionRefusedException for the admin's own account, the last enabled admin, or an account that
     *                                     {@code APP_ADMIN_EMAILS} names (it would be an admin again at its next
     *                                     sign-in)
     */
    public void revokeAdmin(long accountId) {
        Account account = other(accountId, "revoke the admin role of");
        if (!account.isAdmin()) {
            return;
        }
        if (firstAdmins.lists(account.email())) {
            throw new AdminActionRefusedException(account.email() + " is listed in APP_ADMIN_EMAILS and would be "
                    + "an admin again at their next sign-in. Remove it from that setting first.");
        }
        keepAnotherAdmin(account, "revoked");
        account.revoke(Role.ADMIN);
        everywhere.endEverywhere(account.id());
        done(AdminAction.ADMIN_REVOKED, account, null);
    }

    /**
     * Deletes the account and everything it recorded, once the admin typed its email; its sessions end.
     *
     * @throws AdminActionRefusedException for the admin's own account, the last enabled admin, or when the typed
     *                                     email is not the account's
     */
    public void delete(long accountId, String typedEmail) {
        Account account = other(accountId, "delete");
        if (!EmailAddresses.normalize(typedEmail).equals(account.email())) {
            throw new AdminActionRefusedException("Type " + account.email() + " to confirm.");
        }
        keepAnotherAdmin(account, "deleted");
        long id = account.id();
        String email = account.email();
        accounts.delete(account);
        sessions.endAllSessions(id);
        events.publishEvent(new AccountAdministered(AdminAction.ACCOUNT_DELETED, id, email, null));
    }

    private Account existing(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new AdminActionRefusedException("That account no longer exists."));
    }

    /** The account, when it is not the admin's own: the account page is the place for that. */
    private Account other(long accountId, String verb) {
        if (accountId == CurrentUser.id()) {
            throw new AdminActionRefusedException("You cannot " + verb + " your own account here.");
        }
        return existing(accountId);
    }

    private void keepAnotherAdmin(Account leaving, String what) {
        if (lastAdmin.wouldBeGoneWithout(leaving)) {
            throw new AdminActionRefusedException(leaving.email() + " is the last admin and cannot be " + what
                    + ". Make another account an admin first.");
        }
    }

    private void canMail(Account account, Purpose purpose) {
        if (!mail.canDeliver()) {
            throw new AdminActionRefusedException("No mail server is set up (SMTP_HOST), so no email can be sent.");
        }
        if (!tokens.mayIssue(account.id(), purpose)) {
            throw new AdminActionRefusedException("A link was sent to " + account.email()
                    + " less than a minute ago, or ten today already; try again later.");
        }
    }

    private void done(AdminAction action, Account account, @Nullable String detail) {
        events.publishEvent(new AccountAdministered(action, account.id(), account.email(), detail));
    }
}
