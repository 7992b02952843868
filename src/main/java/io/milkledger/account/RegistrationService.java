package io.milkledger.account;

import io.milkledger.base.Currencies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
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
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    RegistrationService(AccountRepository accounts, PasswordEncoder passwordEncoder,
                        ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * Creates a household's account. Refuses a blank name, a malformed or already registered email (in any case),
     * a weak password and a confirmation that does not match, each with a {@link RegistrationException} naming
     * the field; nothing is stored then.
     *
     * @return the new account's id
     */
    @Transactional
    public long register(Registration registration) {
        String name = registration.name().strip();
        String email = EmailAddresses.normalize(registration.email());
        if (name.isEmpty()) {
            throw new RegistrationException("name", "Enter your name.");
        }
        if (name.length() > 100) {
            throw new RegistrationException("name", "Use at most 100 characters.");
        }
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
        if (accounts.existsByEmail(email)) {
            throw alreadyRegistered();
        }
        Account account = new Account(email, name, passwordEncoder.encode(registration.password()),
                Currencies.DEFAULT, registration.timeZone(), DEFAULT_USUAL_LITRES);
        try {
            account = accounts.save(account);
        } catch (DataIntegrityViolationException raceWithSameEmail) {
            throw alreadyRegistered();
        }
        events.publishEvent(new HouseholdRegistered(account.id(), Currencies.DEFAULT));
        return account.id();
    }

    private static RegistrationException alreadyRegistered() {
        return new RegistrationException("email", "An account with this email already exists. Sign in instead.");
    }
}
