package io.milkledger.twofactor;

import io.milkledger.security.CurrentUser;
import io.milkledger.security.SignedInUser;
import io.milkledger.twofactor.Totp.Accepted;
import io.milkledger.twofactor.Totp.AlreadyUsed;
import io.milkledger.twofactor.SecondStepChecked.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Two-factor sign-in with an authenticator app: setting it up and turning it off for the signed-in household, and
 * the code asked for after the password. Every method works on the signed-in account, or on the one whose sign-in
 * waits for its code; none takes an account id.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorService {

    /** Wrong codes an account may give in any {@link #WRONG_CODE_WINDOW} before codes wait. */
    static final int WRONG_CODES_ALLOWED = 5;
    static final Duration WRONG_CODE_WINDOW = Duration.ofMinutes(5);

    private static final String ISSUER = "Milk Ledger";

    private final TwoFactorRepository twoFactor;
    private final SecretCipher cipher;
    private final SecondStep secondStep;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(TwoFactorRepository twoFactor, SecretCipher cipher, SecondStep secondStep, Clock clock,
                     ApplicationEventPublisher events) {
        this.twoFactor = twoFactor;
        this.cipher = cipher;
        this.secondStep = secondStep;
        this.clock = clock;
        this.events = events;
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
        checkCode(id, enabledRow(id), codeOrRecoveryCode, Kind.EITHER);
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
        checkCode(id, enabledRow(id), codeOrRecoveryCode, Kind.EITHER);
        twoFactor.delete(id);
        secondStep.secondFactorPassed(false);
    }

    /** The email of the sign-in waiting for its code in this session, if there is one and it is not too old. */
    public Optional<String> signInAwaitingCode() {
        return secondStep.pending().map(partial -> partial.user().getUsername());
    }

    /**
     * Finishes the sign-in waiting for a code with a code from the authenticator app: the session is fully signed
     * in (under a new session id).
     *
     * @return where the browser goes now: the page asked for before signing in, or the dashboard
     * @throws WrongCodeException         when the code is not right
     * @throws TooManyWrongCodesException after too many wrong codes lately
     * @throws SignInExpiredException     when no sign-in waits for a code
     */
    @Transactional(noRollbackFor = WrongCodeException.class)
    public String finishSignIn(String code) {
        return finish(code, Kind.APP);
    }

    /** As {@link #finishSignIn}, with a recovery code instead; the code cannot be used again. */
    @Transactional(noRollbackFor = WrongCodeException.class)
    public String finishSignInWithRecoveryCode(String recoveryCode) {
        return finish(recoveryCode, Kind.RECOVERY);
    }

    /**
     * True when this session passed the password but not yet the code, even if it is too late for the code now:
     * such a session may open only the pages that need no sign-in.
     */
    public boolean signInUnfinished() {
        return secondStep.unfinished();
    }

    /**
     * Forgets the sign-in waiting for its code, if any, so the password is asked again.
     *
     * @return whether there was one
     */
    public boolean abandonSignIn() {
        return secondStep.abandon();
    }

    private String finish(String code, Kind kind) {
        PartialSignIn partial = secondStep.pending().orElseThrow(SignInExpiredException::new);
        long id = partial.user().accountId();
        TwoFactorRepository.Row row = twoFactor.find(id).filter(TwoFactorRepository.Row::enabled)
                .orElseThrow(SignInExpiredException::new);
        String email = partial.user().getUsername();
        boolean recovery = kind == Kind.RECOVERY;
        try {
            checkCode(id, row, code, kind);
        } catch (WrongCodeException wrong) {
            events.publishEvent(new SecondStepChecked(id, email, Outcome.WRONG_CODE, recovery));
            throw wrong;
        } catch (TooManyWrongCodesException tooMany) {
            events.publishEvent(new SecondStepChecked(id, email, Outcome.TOO_MANY_WRONG_CODES, recovery));
            throw tooMany;
        }
        events.publishEvent(new SecondStepChecked(id, email, Outcome.PASSED, recovery));
        return secondStep.finish(partial);
    }

    private enum Kind { APP, RECOVERY, EITHER }

    private void checkCode(long id, TwoFactorRepository.Row row, String typed, Kind kind) {
        // parallel codes (many half-done sign-ins) would otherwise all pass the count before one is recorded
        twoFactor.lockWrongCodes(id);
        Instant now = clock.instant();
        List<Instant> wrong = twoFactor.wrongCodesSince(id, now.minus(WRONG_CODE_WINDOW));
        if (wrong.size() >= WRONG_CODES_ALLOWED) {
            // a code is checked again once the oldest of the last few wrong ones leaves the window
            Instant free = wrong.get(wrong.size() - WRONG_CODES_ALLOWED).plus(WRONG_CODE_WINDOW);
            throw new TooManyWrongCodesException(Duration.between(now, free));
        }
        boolean recovery = kind == Kind.RECOVERY || kind == Kind.EITHER && RecoveryCodes.looksLikeOne(typed);
        String problem = recovery ? recoveryProblem(id, typed, now) : appCodeProblem(id, row, typed, now);
        if (problem != null) {
            twoFactor.recordWrongCode(id, now, now.minus(WRONG_CODE_WINDOW));
            throw new WrongCodeException(problem);
        }
    }

    private @Nullable String appCodeProblem(long id, TwoFactorRepository.Row row, String typed, Instant now) {
        var verdict = Totp.check(cipher.open(id, row.secret()), typed, now, row.lastUsedStep());
        if (verdict instanceof Accepted accepted && twoFactor.useStep(id, accepted.step())) {
            if (cipher.wantsSealing(row.secret())) {
                twoFactor.replaceSecret(id, cipher.seal(id, cipher.open(id, row.secret())));
            }
            return null;
        }
        if (verdict instanceof Accepted || verdict instanceof AlreadyUsed) {
            return "That code was used already. Wait for the next one in your app.";
        }
        return "That code is not right. Type the 6 digits your app shows for Milk Ledger now.";
    }

    private @Nullable String recoveryProblem(long id, String typed, Instant now) {
        if (twoFactor.useRecoveryCode(id, RecoveryCodes.hash(typed), now)) {
            return null;
        }
        return "That recovery code is not right, or it was used before.";
    }

    private TwoFactorRepository.Row enabledRow(long id) {
        return twoFactor.find(id).filter(TwoFactorRepository.Row::enabled)
                .orElseThrow(() -> new IllegalStateException("two-factor sign-in is off"));
    }

    private List<String> newRecoveryCodes(long id) {
        List<String> codes = RecoveryCodes.generate(random);
        twoFactor.replaceRecoveryCodes(id, codes.stream().map(RecoveryCodes::hash).toList());
        return codes;
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
