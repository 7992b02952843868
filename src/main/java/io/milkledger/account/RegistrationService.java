package io.milkledger.account;

import io.milkledger.base.Currencies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

/**
 * Signing up, for someone who is not signed in: the only way into the account package that creates an account
 * from what a stranger typed. Everything about the signed-in household's own account is {@link AccountService}.
 */
@Service
public class RegistrationService {

    /** What a new household's usual daily quantity starts at. */
    static final BigDecimal DEFAULT_USUAL_LITRES = new BigDecimal("1.000");

    private final AccountRepository accounts;
    private final RegistrationAttempts attempts;
    private final AccountMail mail;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    RegistrationService(AccountRepository accounts, RegistrationAttempts attempts, AccountMail mail,
                        PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.mail = mail;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * Creates a household's account, or, when the email (in any case) has one already, mails its owner that
     * someone tried, and changes nothing: both answer the same, so the page tells nobody who has an account.
     * Refuses a blank name, a malformed email, a weak password and a confirmation that does not match, each with a
     * {@link RegistrationException} naming the field; and a sign-up with an address that was used for one less
     * than a minute ago, or ten times today, whether or not it has an account. Nothing is stored then.
     */
    @Transactional
    public void register(Registration registration) {
        String name = HouseholdName.clean(registration.name());
        String email = EmailAddresses.normalize(registration.email());
        HouseholdName.problemWith(name).ifPresent(problem -> {
            throw new RegistrationException("name", problem);
        });
        if (email.isEmpty()) {
            throw new RegistrationException("email", "Enter your email address.");
        }
        if (!EmailAddresses.isWellFormed(email)) {
            throw new RegistrationException("email", "Enter an email address like name@example.com.");
        }
        String weakness = PasswordPolicy.problemWith(registration.password());
        if (weakness != null) {
            throw new RegistrationException("password", weakness);
        }
        if (!registration.password().equals(registration.confirmPassword())) {
            throw new RegistrationException("confirmPassword", "The passwords do not match.");
        }
        // also takes the address's turn, so two sign-ups with a new address cannot both create it
        if (!attempts.tryCount(email)) {
            throw new RegistrationException("email", "This email address was just used to sign up. Look for our "
                    + "email in its inbox, or try again later.");
        }
        // hashed either way, so the time the answer takes does not tell whether the address has an account
        String hash = passwordEncoder.encode(registration.password());
        if (accounts.existsByEmail(email)) {
            mail.sendRegistrationAttempt(email);
            return;
        }
        Account account = accounts.save(new Account(email, name, hash, Currencies.DEFAULT, registration.timeZone(),
                DEFAULT_USUAL_LITRES));
        events.publishEvent(new HouseholdRegistered(account.id(), Currencies.DEFAULT));
    }
}
