package io.milkledger.twofactor;

import io.milkledger.twofactor.Totp.Accepted;
import io.milkledger.twofactor.Totp.AlreadyUsed;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Checks a typed code against an account's two-factor sign-in, for the settings and the second step alike: a code
 * from the app (once per step) or an unused recovery code, with the limit on wrong ones. Callers run it in a
 * transaction that keeps a counted wrong code.
 */
@Component
class CodeCheck {

    /** Wrong codes an account may give in any {@link #WRONG_CODE_WINDOW} before codes wait. */
    static final int WRONG_CODES_ALLOWED = 5;
    static final Duration WRONG_CODE_WINDOW = Duration.ofMinutes(5);

    /** Which codes a field takes. */
    enum Kind { APP, RECOVERY, EITHER }

    private final TwoFactorRepository twoFactor;
    private final SecretCipher cipher;
    private final Clock clock;

    CodeCheck(TwoFactorRepository twoFactor, SecretCipher cipher, Clock clock) {
        this.twoFactor = twoFactor;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Uses the typed code, or counts it as wrong.
     *
     * @throws WrongCodeException         when it is not right, or was used before
     * @throws TooManyWrongCodesException when too many wrong codes came lately; the code is not checked then
     */
    void check(long id, TwoFactorRepository.Row row, String typed, Kind kind) {
        Instant now = clock.instant();
        refuseWhileTooMany(id, now, "Too many wrong codes.");
        boolean recovery = kind == Kind.RECOVERY || kind == Kind.EITHER && RecoveryCodes.looksLikeOne(typed);
        String problem = recovery ? recoveryProblem(id, typed, now) : appCodeProblem(id, row, typed, now);
        if (problem != null) {
            countWrong(id);
            throw new WrongCodeException(problem);
        }
    }

    /**
     * Refuses to check anything, with the given first sentence, while the account has had too many wrong codes
     * (or passwords) lately.
     */
    void refuseWhileTooMany(long id, Instant now, String firstSentence) {
        // parallel codes (many half-done sign-ins) would otherwise all pass the count before one is recorded; the
        // lock lasts until the caller's transaction ends, so the count and the wrong code it records are one step
        twoFactor.lockWrongCodes(id);
        List<Instant> wrong = twoFactor.wrongCodesSince(id, now.minus(WRONG_CODE_WINDOW));
        if (wrong.size() >= WRONG_CODES_ALLOWED) {
            // a code is checked again once the oldest of the last few wrong ones leaves the window
            Instant free = wrong.get(wrong.size() - WRONG_CODES_ALLOWED).plus(WRONG_CODE_WINDOW);
            throw new TooManyWrongCodesException(firstSentence, Duration.between(now, free));
        }
    }

    /** Counts a wrong code or password towards the limit. */
    void countWrong(long id) {
        Instant now = clock.instant();
        twoFactor.recordWrongCode(id, now, now.minus(WRONG_CODE_WINDOW));
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
}
