package io.milkledger.twofactor;

import io.milkledger.twofactor.CodeCheck.Kind;
import io.milkledger.twofactor.SecondStepChecked.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The second step of signing in: the code asked for after the password (or Google or GitHub) of an account with
 * two-factor sign-in on. Nobody is signed in yet when these methods run; each works on the sign-in waiting for
 * its code in this session, if there is one, and none takes an account id or an email.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorSignIn {

    private final TwoFactorRepository twoFactor;
    private final CodeCheck codes;
    private final SecondStep secondStep;
    private final ApplicationEventPublisher events;

    TwoFactorSignIn(TwoFactorRepository twoFactor, CodeCheck codes, SecondStep secondStep,
                    ApplicationEventPublisher events) {
        this.twoFactor = twoFactor;
        this.codes = codes;
        this.secondStep = secondStep;
        this.events = events;
    }

    /** The email of the sign-in waiting for its code in this session, if there is one and it is not too old. */
    public Optional<String> awaitingCode() {
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
    public String finish(String code) {
        return finish(code, Kind.APP);
    }

    /** As {@link #finish}, with a recovery code instead; the code cannot be used again. */
    @Transactional(noRollbackFor = WrongCodeException.class)
    public String finishWithRecoveryCode(String recoveryCode) {
        return finish(recoveryCode, Kind.RECOVERY);
    }

    /**
     * True when this session passed the password but not yet the code, even if it is too late for the code now:
     * such a session may open only the pages that need no sign-in.
     */
    public boolean unfinished() {
        return secondStep.unfinished();
    }

    /**
     * Forgets the sign-in waiting for its code, if any, so the password is asked again.
     *
     * @return whether there was one
     */
    public boolean abandon() {
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
            codes.check(id, row, code, kind);
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
}
