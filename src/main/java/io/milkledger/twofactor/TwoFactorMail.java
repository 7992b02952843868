package io.milkledger.twofactor;

import io.milkledger.account.OwnerMail;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The mails of two-factor sign-in: the owner hears of every change (on, off, new recovery codes), so a change
 * made by someone who has the password is noticed; and an enrolment that needs it gets its confirmation link.
 */
@Component
class TwoFactorMail {

    /** Where the confirmation link leads: the route of {@code twofactor.ui.ConfirmTwoFactorView}. */
    static final String CONFIRM_PATH = "/two-factor/confirm";

    /** How long a confirmation link works. */
    static final Duration LINK_VALIDITY = Duration.ofHours(1);

    static final String LINK_SUBJECT = "Confirm two-factor sign-in for Milk Ledger";
    static final String ON_SUBJECT = "Two-factor sign-in is on for your Milk Ledger account";
    static final String OFF_SUBJECT = "Two-factor sign-in is off for your Milk Ledger account";
    static final String NEW_CODES_SUBJECT = "New recovery codes for your Milk Ledger account";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String NOT_YOU = "If this was not you, someone knows your password: choose a new one "
            + "at once (the sign-in page offers \"Forgot your password?\"), and ask your installation's admin for "
            + "help.";

    private final OwnerMail mail;
    private final SecureRandom random = new SecureRandom();

    TwoFactorMail(OwnerMail mail) {
        this.mail = mail;
    }

    /** Whether a confirmation link would reach the owner. */
    boolean canSendLinks() {
        return mail.canDeliverLinks();
    }

    /** A new link token: 32 random bytes as 43 URL-safe characters. Only its {@link #hash} is stored. */
    String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has a token's form at all. */
    static boolean looksLikeToken(String text) {
        return TOKEN.matcher(text).matches();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    void sendConfirmationLink(long accountId, String token) {
        mail.sendLink(accountId, "confirm two-factor sign-in", LINK_SUBJECT, """
                Someone, hopefully you, set up two-factor sign-in with an authenticator app for your Milk Ledger \
                account. To turn it on, open this link and confirm:

                %s

                The link works once, within an hour. Until then, signing in needs no code.

                If this was not you, do not open the link: someone knows your password. Choose a new one at once \
                (the sign-in page offers "Forgot your password?").""", CONFIRM_PATH, token);
    }

    void turnedOn(long accountId) {
        mail.tell(accountId, ON_SUBJECT, """
                Two-factor sign-in is now on for your Milk Ledger account: signing in asks for a code from your \
                authenticator app after your password.

                """ + NOT_YOU);
    }

    void turnedOff(long accountId) {
        mail.tell(accountId, OFF_SUBJECT, """
                Two-factor sign-in is now off for your Milk Ledger account: signing in no longer asks for a code \
                from your authenticator app.

                """ + NOT_YOU);
    }

    void newRecoveryCodes(long accountId) {
        mail.tell(accountId, NEW_CODES_SUBJECT, """
                New recovery codes were made for your Milk Ledger account; the earlier ones no longer work.

                """ + NOT_YOU);
    }
}
