package io.milkledger.account;

import org.springframework.stereotype.Component;

/**
 * Mails the owner of an account at its email: a notice that something about the account changed, or a link that
 * confirms a change. Other features use it for their own mails (two-factor sign-in); the mail goes once the
 * transaction has committed, and without a mail server a link is logged where {@link AccountMail} logs links.
 */
@Component
public class OwnerMail {

    private final AccountRepository accounts;
    private final AccountMail mail;

    OwnerMail(AccountRepository accounts, AccountMail mail) {
        this.accounts = accounts;
        this.mail = mail;
    }

    /** Whether a link mailed now reaches the owner: by mail, or (on a laptop) through the log. */
    public boolean canDeliverLinks() {
        return mail.canDeliver();
    }

    /**
     * Tells the account's owner, in a plain-text mail with the subject, the greeting and the sign-off added.
     *
     * @param paragraphs the body, one line per paragraph, paragraphs apart by a blank line
     */
    public void tell(long accountId, String subject, String paragraphs) {
        accounts.findById(accountId).ifPresent(account -> mail.sendNotice(account.email(), subject, paragraphs));
    }

    /**
     * Mails the account's owner a link to the path with the token.
     *
     * @param purpose    what the link is for, in words that follow "the link to" in the log of a laptop
     * @param paragraphs the body; {@code %s} where the link goes
     */
    public void sendLink(long accountId, String purpose, String subject, String paragraphs, String path,
                         String token) {
        accounts.findById(accountId).ifPresent(account ->
                mail.sendLink(account.email(), purpose, subject, paragraphs, path, token));
    }
}
