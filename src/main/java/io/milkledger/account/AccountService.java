package io.milkledger.account;

import io.milkledger.base.Currencies;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.base.PlainText;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import io.milkledger.security.SignedInSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    private final SignedInSessions sessions;
    private final LinkedIdentityRepository identities;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                   Clock clock, SignedInSessions sessions, LinkedIdentityRepository identities) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.sessions = sessions;
        this.identities = identities;
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
        String name = PlainText.strip(registration.name());
        String email = normalizeEmail(registration.email());
        String nameProblem = problemWithName(name);
        if (nameProblem != null) {
            throw new RegistrationException("name", nameProblem);
        }
        if (email.isEmpty()) {
            throw new RegistrationException("email", "Enter your email address.");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches() || PlainText.problemWith(email) != null) {
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
    @HouseholdOnly
    public HouseholdSettings settings() {
        return current().settings();
    }

    /** Today's date in the signed-in household's time zone. */
    @HouseholdOnly
    public LocalDate today() {
        return settings().today(clock);
    }

    /**
     * Changes the signed-in household's currency (for entries recorded from now on), time zone, usual daily
     * quantity and the weekdays it usually comes.
     */
    @Transactional
    @HouseholdOnly
    public HouseholdSettings updatePreferences(String currency, ZoneId timeZone, BigDecimal usualLitres,
                                               Set<DayOfWeek> usualWeekdays) {
        if (!Currencies.isSupported(currency)) {
            throw new InvalidInputException("currency", "Choose a currency from the list.");
        }
        Optional<String> litresProblem = Litres.problemWith(usualLitres);
        if (litresProblem.isPresent()) {
            throw new InvalidInputException("usualLitres", litresProblem.get());
        }
        Account account = current();
        account.updatePreferences(currency, timeZone, usualLitres.setScale(Litres.SCALE), usualWeekdays);
        return account.settings();
    }

    /**
     * Changes the name the app greets the household with.
     *
     * @throws InvalidInputException for a blank or overly long name
     */
    @Transactional
    @HouseholdOnly
    public HouseholdSettings rename(String displayName) {
        String name = PlainText.strip(displayName);
        String problem = problemWithName(name);
        if (problem != null) {
            throw new InvalidInputException("name", problem);
        }
        Account account = current();
        account.rename(name);
        CurrentUser.renamed(name);
        return account.settings();
    }

    /**
     * Changes the password after checking the current one, and ends the household's other sessions.
     *
     * @throws InvalidInputException when the current password is wrong, the new one is weak, or the two new
     *                               ones differ; nothing changes then
     */
    @Transactional
    @HouseholdOnly
    public void changePassword(String currentPassword, String newPassword, String confirmPassword) {
        Account account = current();
        String hash = account.passwordHash();
        if (hash == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "That is not your current password.");
        }
        String weakness = PasswordPolicy.problemWith(newPassword);
        if (weakness != null) {
            throw new InvalidInputException("newPassword", weakness);
        }
        if (!newPassword.equals(confirmPassword)) {
            throw new InvalidInputException("confirmPassword", "The passwords do not match.");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        sessions.endOtherSessions(account.id());
    }

    /**
     * Deletes the signed-in household's account and everything it recorded, once the household has typed its
     * email to confirm; all its sessions end.
     *
     * @throws InvalidInputException when the typed email is not the account's
     */
    @Transactional
    @HouseholdOnly
    public void deleteAccount(String typedEmail) {
        Account account = current();
        if (!normalizeEmail(typedEmail).equals(account.email())) {
            throw new InvalidInputException("confirmEmail", "Type your email, " + account.email()
                    + ", to confirm.");
        }
        if (account.isAdmin() && accounts.lockEnabledAdmins().stream().noneMatch(admin -> admin != account.id())) {
            throw new InvalidInputException("confirmEmail", "You are the last admin. Make another account an admin "
                    + "first, so someone can still look after this installation.");
        }
        long id = account.id();
        accounts.delete(account);
        sessions.endAllSessions(id);
    }

    /** How the household signs in, for the account page: "Email and password", "Google", "GitHub". */
    @HouseholdOnly
    public List<String> signInMethods() {
        Account account = current();
        List<String> methods = new ArrayList<>();
        if (account.passwordHash() != null) {
            methods.add("Email and password");
        }
        Set<String> linked = identities.findByUserId(account.id()).stream()
                .map(LinkedIdentity::provider)
                .collect(Collectors.toSet());
        for (SignInProvider provider : SignInProvider.values()) {
            if (linked.contains(provider.registrationId())) {
                methods.add(provider.displayName());
            }
        }
        return List.copyOf(methods);
    }

    private Account current() {
        long id = CurrentUser.id();
        return accounts.findById(id)
                .orElseThrow(() -> new IllegalStateException("the signed-in account no longer exists"));
    }

    private static @Nullable String problemWithName(String stripped) {
        if (stripped.isEmpty()) {
            return "Enter your name.";
        }
        if (stripped.length() > 100) {
            return "Use at most 100 characters.";
        }
        return PlainText.problemWith(stripped);
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static RegistrationException alreadyRegistered() {
        return new RegistrationException("email", "An account with this email already exists. Sign in instead.");
    }
}
