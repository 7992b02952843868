package io.milkledger.twofactor;

import io.milkledger.security.CurrentUser;
import io.milkledger.security.SignedInUser;
import io.milkledger.twofactor.CodeCheck.Kind;
import io.milkledger.twofactor.Totp.Accepted;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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

    private final TwoFactorRepository twoFactor;
    private final SecretCipher cipher;
    private final CodeCheck codes;
    private final SecondStep secondStep;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(TwoFactorRepository twoFactor, SecretCipher cipher, CodeCheck codes, SecondStep secondStep,
                     Clock clock) {
        this.twoFactor = twoFactor;
        this.cipher = cipher;
        this.codes = codes;
        this.secondStep = secondStep;
        this.clock = clock;
    }

    /** True when signing in to the signed-in household's account asks for a code after the password. */
    @PreAuthorize("hasRole('USER')")
    public boolean isEnabled() {
        return twoFactor.isEnabled(CurrentUser.id());
    }

    /** Whether it is on, and how many recovery codes are left. */
    @PreAuthorize("hasRole('USER')")
    public TwoFactorStatus status() {
        long id = CurrentUser.id();
        boolean on = twoFactor.isEnabled(id);
        return new TwoFactorStatus(on, on ? twoFactor.recoveryCodesLeft(id) : 0);
    }

    /**
     * Starts setting up: a new random secret for the household's authenticator app. Nothing changes at sign-in
     * until {@link #turnOn} gets a code made from it; starting again replaces the secret.
     *
     * @throws IllegalStateException when it is on already
     */
    @Transactional
    @PreAuthorize("hasRole('USER')")
    public Enrolment startSettingUp() {
        SignedInUser user = signedIn();
        if (twoFactor.isEnabled(user.accountId())) {
            throw new IllegalStateException("two-factor sign-in is on already");
        }
        byte[] secret = Totp.newSecret(random);
        twoFactor.startSettingUp(user.accountId(), cipher.seal(user.accountId(), secret));
        String key = Base32.encode(secret);
        return new Enrolment(key, otpauthUri(user.getUsername(), key));
    }

    /**
     * Turns two-factor sign-in on once the app shows a right code, and makes ten recovery codes. They are
     * returned this once; only their hashes are kept.
     *
     * @throws WrongCodeException    when the code is not one of the new secret's
     * @throws IllegalStateException when setting up was not started, or it is on already
     */
    @Transactional
    @PreAuthorize("hasRole('USER')")
    public List<String> turnOn(String code) {
        long id = CurrentUser.id();
        TwoFactorRepository.Row row = twoFactor.find(id).filter(found -> !found.enabled())
                .orElseThrow(() -> new IllegalStateException("setting up two-factor sign-in was not started"));
        Instant now = clock.instant();
        // not counted as a wrong code: the secret was shown to this very session a moment ago
        if (!(Totp.check(cipher.open(id, row.secret()), code, now, null) instanceof Accepted accepted)) {
            throw new WrongCodeException("That code is not right. Type the code your app shows for Milk Ledger "
                    + "now.");
        }
        if (!twoFactor.enable(id, accepted.step(), now)) {
            throw new IllegalStateException("two-factor sign-in is on already");
        }
        secondStep.secondFactorPassed(true);
        return newRecoveryCodes(id);
    }

    /**
     * Replaces the recovery codes with ten new ones, after a code from the app or an unused recovery code.
     *
     * @throws WrongCodeException          when the code is not right
     * @throws TooManyWrongCodesException  after too many wrong codes lately
     */
    @Transactional(noRollbackFor = WrongCodeException.class)
    @PreAuthorize("hasRole('USER')")
    public List<String> replaceRecoveryCodes(String codeOrRecoveryCode) {
        long id = CurrentUser.id();
        codes.check(id, enabledRow(id), codeOrRecoveryCode, Kind.EITHER);
        return newRecoveryCodes(id);
    }

    /**
     * Turns two-factor sign-in off after a code from the app or a recovery code; the secret and the recovery
     * codes are deleted.
     *
     * @throws WrongCodeException          when the code is not right
     * @throws TooManyWrongCodesException  after too many wrong codes lately
     */
    @Transactional(noRollbackFor = WrongCodeException.class)
    @PreAuthorize("hasRole('USER')")
    public void turnOff(String codeOrRecoveryCode) {
        long id = CurrentUser.id();
        codes.check(id, enabledRow(id), codeOrRecoveryCode, Kind.EITHER);
        twoFactor.delete(id);
        secondStep.secondFactorPassed(false);
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
