package io.milkledger.account;

import io.milkledger.account.EmailTokens.Purpose;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.OptionalLong;

/**
 * Confirming that a household reads the email it signed up with: a link is mailed at sign-up, and until it is
 * opened the account cannot sign in with its password (when {@code EMAIL_VERIFICATION} is {@code required}, the
 * default). See {@code docs/decisions/0012-email-links.md}.
 */
@Service
@Transactional(readOnly = true)
public class EmailVerificationService {

    private final AccountRepository accounts;
    private final EmailTokens tokens;
    private final AccountMail mail;
    private final EmailSettings settings;
    private final Clock clock;

    EmailVerificationService(AccountRepository accounts, EmailTokens tokens, AccountMail mail,
                             EmailSettings settings, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a new account has to confirm its email before it can sign in. */
    public boolean required() {
        return settings.verificationRequired();
    }

    /**
     * Runs inside the registration's transaction: with verification off the account may sign in at once (its email
     * counts as confirmed, but not as proven); otherwise its first link is stored now and mailed once the account
     * is committed.
     */
    @EventListener
    @Transactional
    void onRegistration(HouseholdRegistered registered) {
        Account account = accounts.findById(registered.accountId())
                .orElseThrow(() -> new IllegalStateException("the registered account is not there"));
        // an account without a password (a sign-in provider vouched for the email) never needs the link
        if (account.emailVerified() || account.passwordHash() == null) {
            return;
        }
        if (!required()) {
            account.markEmailVerified();
            return;
        }
        mail.sendVerificationLink(account.email(), tokens.issue(account.id(), Purpose.VERIFY));
    }

    /**
     * Confirms the email of the account the link was sent to, and ends its other confirmation links. A link that
     * was already used, has expired or is unknown changes nothing.
     *
     * @param token the {@code token} parameter of the link
     * @return {@link EmailLinkStatus#WORKS} when the email is confirmed now, otherwise why the link did not work
     */
    @Transactional
    public EmailLinkStatus confirm(String token) {
        OptionalLong redeemed = tokens.redeem(token, Purpose.VERIFY);
        if (redeemed.isEmpty()) {
            return tokens.status(token, Purpose.VERIFY);
        }
        long accountId = redeemed.getAsLong();
        accounts.findById(accountId).ifPresent(account -> account.proveEmail(clock.instant()));
        tokens.retire(accountId, Purpose.VERIFY);
        return EmailLinkStatus.WORKS;
    }

    /**
     * Mails a new confirmation link to the account with this email, if there is one still waiting to be confirmed
     * and it was not sent one within the last minute (nor ten within a day). Nothing tells the caller which of
     * these happened, so the answer reveals nothing about who has an account.
     */
    @Transactional
    public void resend(String email) {
        accounts.findByTypedEmail(email)
                .filter(account -> account.enabled() && !account.emailVerified() && account.passwordHash() != null)
                .filter(account -> tokens.mayIssue(account.id(), Purpose.VERIFY))
                .ifPresent(account -> mail.sendVerificationLink(account.email(),
                        tokens.issue(account.id(), Purpose.VERIFY)));
    }

    /** Whether the account may sign in with its password as far as its email is concerned. */
    boolean allowsSignIn(long accountId) {
        return !required() || accounts.findById(accountId).map(Account::emailVerified).orElse(false);
    }
}
