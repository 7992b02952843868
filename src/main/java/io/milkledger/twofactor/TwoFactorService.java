package io.milkledger.twofactor;

import io.milkledger.account.PasswordCheck;
import io.milkledger.base.InvalidInputException;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import io.milkledger.security.SignedInUser;
import io.milkledger.twofactor.CodeCheck.Kind;
import io.milkledger.twofactor.Totp.Accepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The signed-in household's two-factor sign-in with an authenticator app: whether it is on, setting it up, new
 * recovery codes and turning it off. Every method works on the signed-in account and none takes an account id;
 * the code asked for while signing in is {@link TwoFactorSignIn}'s.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorService {

    private static final String ISSUER = "Milk Ledger";

    private static final Logger log = LoggerFactory.getLogger(TwoFactorService.class);

    private final TwoFactorRepository twoFactor;
    private final SecretCipher cipher;
    private final CodeCheck codes;
    private final SecondStep secondStep;
    private final PasswordCheck password;
    private final TwoFactorMail mail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(TwoFactorRepository twoFactor, SecretCipher cipher, CodeCheck codes, SecondStep secondStep,
                     PasswordCheck password, TwoFactorMail mail, Clock clock) {
        this.twoFactor = twoFactor;
        this.cipher = cipher;
        this.codes = codes;
        this.secondStep = secondStep;
        this.password = password;
        this.mail = mail;
        this.clock = clock;
    }

    /** True when signing in to the signed-in household's account asks for a code after the password. */
    @HouseholdOnly
    public boolean isEnabled() {
        return twoFactor.isEnabled(CurrentUser.id());
    }

    /** Whether it is on or waits for its link, how many recovery codes are left, whether it asks for a password. */
    @HouseholdOnly
    public TwoFactorStatus status() {
        long id = CurrentUser.id();
        var row = twoFactor.find(id);
        boolean on = row.filter(TwoFactorRepository.Row::enabled).isPresent();
        boolean waiting = row.filter(found -> !found.enabled() && found.waitingForLink()).isPresent();
        return new TwoFactorStatus(on, on ? twoFactor.recoveryCodesLeft(id) : 0, waiting, password.hasPassword());
    }

    /**
     * Starts setting up, once the household typed its password again: a new random secret for its authenticator
     * app. Nothing changes at sign-in until {@link #turnOn} gets a code made from it; starting again replaces the
     * secret, and a link waiting to turn on an earlier one no longer works. An account without a password (Google
     * or GitHub only) is not asked for one: its enrolment waits for a link by email instead.
     *
     * @throws InvalidInputException      when the password is not the household's ({@code "password"})
     * @throws TooManyWrongCodesException after too many wrong passwords and codes lately
     * @throws IllegalStateException      when it is on already
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @HouseholdOnly
    public Enrolment startSettingUp(String currentPassword) {
        SignedInUser user = signedIn();
        if (twoFactor.isEnabled(user.accountId())) {
            throw new IllegalStateException("two-factor sign-in is on already");
        }
        confirmPassword(user.accountId(), currentPassword);
        byte[] secret = Totp.newSecret(random);
        twoFactor.startSettingUp(user.accountId(), cipher.seal(user.accountId(), secret));
        String key = Base32.encode(secret);
        return new Enrolment(key, otpauthUri(user.getUsername(), key));
    }

    /**
     * Takes the first right code from the app and makes ten recovery codes, returned this once (only their
     * hashes are kept). For most households two-factor sign-in is on now, and the owner is told by mail. For an
     * admin, and for an account without a password, it waits for the link mailed to the account's email
     * ({@link TwoFactorConfirmation}): someone who has only the password cannot enrol their own phone then.
     *
     * @throws WrongCodeException    when the code is not one of the new secret's
     * @throws IllegalStateException when setting up was not started, it is on already or waits for its link
     */
    @Transactional
    @HouseholdOnly
    public List<String> turnOn(String code) {
        long id = CurrentUser.id();
        TwoFactorRepository.Row row = twoFactor.find(id).filter(found -> !found.enabled() && !found.waitingForLink())
                .orElseThrow(() -> new IllegalStateException("setting up two-factor sign-in was not started"));
        Instant now = clock.instant();
        // not counted as a wrong code: the secret was shown to this very session a moment ago
        if (!(Totp.check(cipher.open(id, row.secret()), code, now, null) instanceof Accepted accepted)) {
            throw new WrongCodeException("That code is not right. Type the code your app shows for Milk Ledger "
                    + "now.");
        }
        boolean needsLink = CurrentUser.isAdmin() || !password.hasPassword();
        if (needsLink && mail.canSendLinks()) {
            String token = mail.newToken();
            if (!twoFactor.awaitLink(id, accepted.step(), TwoFactorMail.hash(token),
                    now.plus(TwoFactorMail.LINK_VALIDITY))) {
                throw new IllegalStateException("two-factor sign-in is on already");
            }
            List<String> fresh = newRecoveryCodes(id);
            mail.sendConfirmationLink(id, token);
            return fresh;
        }
        if (needsLink) {
            log.warn("Two-factor sign-in of account {} is on without a confirmation link: no mail server is set "
                    + "(SMTP_HOST), so no link could reach its owner", id);
        }
        if (!twoFactor.enable(id, accepted.step(), now)) {
            throw new IllegalStateException("two-factor sign-in is on already");
        }
        secondStep.secondFactorPassed(true);
        mail.turnedOn(id);
        return newRecoveryCodes(id);
    }

    /**
     * Replaces the recovery codes with ten new ones, after a code from the app or an unused recovery code; the
     * owner is told by mail.
     *
     * @throws WrongCodeException          when the code is not right
     * @throws TooManyWrongCodesException  after too many wrong codes lately
     */
    @Transactional(noRollbackFor = WrongCodeException.class)
    @HouseholdOnly
    public List<String> replaceRecoveryCodes(String codeOrRecoveryCode) {
        long id = CurrentUser.id();
        codes.check(id, enabledRow(id), codeOrRecoveryCode, Kind.EITHER);
        mail.newRecoveryCodes(id);
        return newRecoveryCodes(id);
    }

    /**
     * Turns two-factor sign-in off after the household's password (unless it has none) and a code from the app or
     * a recovery code; the secret and the recovery codes are deleted, and the owner is told by mail.
     *
     * @throws InvalidInputException       when the password is not the household's ({@code "password"})
     * @throws WrongCodeException          when the code is not right
     * @throws TooManyWrongCodesException  after too many wrong passwords and codes lately
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @HouseholdOnly
    public void turnOff(String currentPassword, String codeOrRecoveryCode) {
        long id = CurrentUser.id();
        TwoFactorRepository.Row row = enabledRow(id);
        confirmPassword(id, currentPassword);
        codes.check(id, row, codeOrRecoveryCode, Kind.EITHER);
        twoFactor.delete(id);
        secondStep.secondFactorPassed(false);
        mail.turnedOff(id);
    }

    /** Wrong passwords count with wrong codes: a stolen session cannot guess the password here for long. */
    private void confirmPassword(long id, String typed) {
        if (!password.hasPassword()) {
            return;
        }
        codes.refuseWhileTooMany(id, clock.instant(), "Too many wrong passwords and codes.");
        if (!password.isRight(typed)) {
            codes.countWrong(id);
            throw new InvalidInputException("password", "That is not your password.");
        }
    }

    private TwoFactorRepository.Row enabledRow(long id) {
        return twoFactor.find(id).filter(TwoFactorRepository.Row::enabled)
                .orElseThrow(() -> new IllegalStateException("two-factor sign-in is off"));
    }

    private List<String> newRecoveryCodes(long id) {
        List<String> fresh = RecoveryCodes.generate(random);
        twoFactor.replaceRecoveryCodes(id, fresh.stream().map(RecoveryCodes::hash).toList());
        return fresh;
    }

    private static SignedInUser signedIn() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in to set up two-factor"));
    }

    /** The key-URI format every authenticator app reads, with Milk Ledger as issuer and the email as account. */
    static String otpauthUri(String email, String key) {
        String issuer = encode(ISSUER);
        return "otpauth://totp/" + issuer + ":" + encode(email).replace("%40", "@") + "?secret=" + key
                + "&issuer=" + issuer + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period="
                + Totp.STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
