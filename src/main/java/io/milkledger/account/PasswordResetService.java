package io.milkledger.account;

import io.milkledger.account.EmailTokens.Purpose;
import io.milkledger.base.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.OptionalLong;

/**
 * "Forgot your password?": a link mailed to the account's email, valid for an hour, that sets a new password.
 * See {@code docs/decisions/0012-email-links.md}.
 */
@Service
@Transactional(readOnly = true)
public class PasswordResetService {

    private final AccountRepository accounts;
    private final EmailTokens tokens;
    private final AccountMail mail;
    private final PasswordEncoder passwordEncoder;
    private final AccountSessions sessions;
    private final Clock clock;

    PasswordResetService(AccountRepository accounts, EmailTokens tokens, AccountMail mail,
                         PasswordEncoder passwordEncoder, AccountSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Whether this installation can send reset links at all: it has a mail server, or it is a laptop run that
     * writes links to its log.
     */
    public boolean available() {
        return mail.canDeliver();
    }

    /**
     * Mails a reset link to the account with this email, if there is one that signs in with a password and it
     * was not sent one within the last minute (nor ten within a day). Nothing tells the caller which of these
     * happened, so the answer reveals nothing about who has an account.
     */
    @Transactional
    public void requestReset(String email) {
        accounts.findByTypedEmail(email)
                .filter(account -> account.enabled() && account.passwordHash() != null)
                .filter(account -> tokens.mayIssue(account.id(), Purpose.RESET))
                .ifPresent(account -> mail.sendPasswordResetLink(account.email(),
                        tokens.issue(account.id(), Purpose.RESET)));
    }

    /** What the reset link would do now, so the page can say at once when it no longer works; changes nothing. */
    public EmailLinkStatus linkStatus(String token) {
        return tokens.status(token, Purpose.RESET);
    }

    /**
     * Sets the new password of the account the link was sent to. The link is used up, and so are the account's
     * other reset links; the email is proven (the link reached it), every session of the account ends, because
     * whoever knew the old password may be signed in somewhere, and the email is told the password changed.
     *
     * @param token the {@code token} parameter of the link
     * @return {@link EmailLinkStatus#WORKS} when the password is changed, otherwise why the link did not work;
     * nothing changes then
     * @throws InvalidInputException when the new password is weak ({@code newPassword}) or the two differ
     *                               ({@code confirmPassword}); the link keeps working then
     */
    @Transactional
    public EmailLinkStatus reset(String token, String newPassword, String confirmPassword) {
        EmailLinkStatus status = linkStatus(token);
        if (status != EmailLinkStatus.WORKS) {
            return status;
        }
        String weakness = PasswordPolicy.problemWith(newPassword);
        if (weakness != null) {
            throw new InvalidInputException("newPassword", weakness);
        }
        if (!newPassword.equals(confirmPassword)) {
            throw new InvalidInputException("confirmPassword", "The passwords do not match.");
        }
        OptionalLong redeemed = tokens.redeem(token, Purpose.RESET);
        if (redeemed.isEmpty()) {
            // used or expired between the two looks
            return linkStatus(token);
        }
        long accountId = redeemed.getAsLong();
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalStateException("a reset link outlived its account"));
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        account.proveEmail(clock.instant());
        tokens.retire(accountId, Purpose.RESET);
        sessions.endEverywhere(accountId);
        mail.sendPasswordChanged(account.email(), true);
        return EmailLinkStatus.WORKS;
    }
}
