package io.milkledger.account;

import io.milkledger.base.Currencies;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Households' accounts: signing up, and the signed-in household's own preferences. Every method that reads or
 * changes an account works on the signed-in one; no method takes an account id from its caller.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** What a new household's usual daily quantity starts at. */
    static final BigDecimal DEFAULT_USUAL_LITRES = new BigDecimal("1.000");

    // Deliberately loose: one @, something on each side, a dot in the domain. The verification mail decides.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                   Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
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
        String email = normalizeEmail(registration.email());
        if (name.isEmpty()) {
            throw new RegistrationException("name", "Enter your name.");
        }
        if (name.length() > 100) {
            throw new RegistrationException("name", "Use at most 100 characters.");
        }
        if (email.isEmpty()) {
            throw new RegistrationException("email", "Enter your email address.");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
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

    /** The signed-in household's settings. */
    @PreAuthorize("hasRole('USER')")
    public HouseholdSettings settings() {
        return current().settings();
    }

    /** Today's date in the signed-in household's time zone. */
    @PreAuthorize("hasRole('USER')")
    public LocalDate today() {
        return settings().today(clock);
    }

    /**
     * Changes the signed-in household's currency (for entries recorded from now on), time zone, usual daily
     * quantity and the weekdays it usually comes.
     */
    @Transactional
    @PreAuthorize("hasRole('USER')")
    public HouseholdSettings updatePreferences(String currency, ZoneId timeZone, BigDecimal usualLitres,
                                               Set<DayOfWeek> usualWeekdays) {
        if (!Currencies.isSupported(currency)) {
            throw new InvalidInputException("currency", "Choose a currency from the list.");
        }
        if (usualLitres.signum() < 0 || usualLitres.compareTo(Litres.MAX_PER_DAY) > 0) {
            throw new InvalidInputException("usualLitres", "Enter between 0 and 100 litres.");
        }
        if (usualLitres.stripTrailingZeros().scale() > Litres.SCALE) {
            throw new InvalidInputException("usualLitres", "Use at most three decimals.");
        }
        Account account = current();
        account.updatePreferences(currency, timeZone, usualLitres.setScale(Litres.SCALE), usualWeekdays);
        return account.settings();
    }

    private Account current() {
        long id = CurrentUser.id();
        return accounts.findById(id)
                .orElseThrow(() -> new IllegalStateException("the signed-in account no longer exists"));
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static RegistrationException alreadyRegistered() {
        return new RegistrationException("email", "An account with this email already exists. Sign in instead.");
    }
}
