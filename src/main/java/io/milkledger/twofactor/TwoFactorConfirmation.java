package io.milkledger.twofactor;

import io.milkledger.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * The link mailed to confirm an enrolment that waits for it (an admin's, or that of an account without a
 * password): opening it and confirming turns two-factor sign-in on. Whoever holds the link may use it, signed in
 * or not, as it went to the account's own email.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorConfirmation {

    private final TwoFactorRepository twoFactor;
    private final SecondStep secondStep;
    private final TwoFactorMail mail;
    private final Clock clock;

    TwoFactorConfirmation(TwoFactorRepository twoFactor, SecondStep secondStep, TwoFactorMail mail, Clock clock) {
        this.twoFactor = twoFactor;
        this.secondStep = secondStep;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Turns on the enrolment the link's token belongs to, if the link still works, and tells the owner by mail.
     * A session signed in to that account counts as having passed the app's code from now on, as after an
     * enrolment without a link: it has the password, the phone that gave a right code and the mailbox.
     *
     * @return whether it is on now; false for a link that is unknown, used, expired or replaced by a newer one
     */
    @Transactional
    public boolean confirm(String token) {
        if (!TwoFactorMail.looksLikeToken(token)) {
            return false;
        }
        Optional<Long> confirmed = twoFactor.confirm(TwoFactorMail.hash(token), clock.instant());
        confirmed.ifPresent(id -> {
            mail.turnedOn(id);
            if (CurrentUser.get().filter(user -> user.accountId() == id).isPresent()) {
                secondStep.secondFactorPassed(true);
            }
        });
        return confirmed.isPresent();
    }
}
