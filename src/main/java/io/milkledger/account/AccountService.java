package io.milkledger.account;

import io.milkledger.base.Currencies;
import io.milkledger.base.InvalidInputException;
import io.milkledger.base.Litres;
import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import io.milkledger.security.SignedInSessions;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in household's own account: its preferences, name, password and sign-in methods, and deleting it.
 * Every method works on the signed-in account; no method takes an account id from its caller. Signing up is
 * {@link RegistrationService}.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** How recent the sign-in of a session without a password to type must be to delete the account. */
    public static final Duration RECENT_SIGN_IN = Duration.ofMinutes(10);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final LinkedIdentityRepository identities;
    private final LastAdmin lastAdmin;
    private final AccountMail mail;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                   SignedInSessions sessions, LinkedIdentityRepository identities, LastAdmin lastAdmin,
                   AccountMail mail) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.sessions = sessions;
        this.identities = identities;
        this.lastAdmin = lastAdmin;
        this.mail = mail;
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
        Litres.problemWith(usualLitres).ifPresent(problem -> {
            throw new InvalidInputException("usualLitres", problem);
        });
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
        String name = HouseholdName.clean(displayName);
        HouseholdName.problemWith(name).ifPresent(problem -> {
            throw new InvalidInputException("name", problem);
        });
        Account account = current();
        account.rename(name);
        CurrentUser.renamed(name);
        return account.settings();
    }

    /**
     * Changes the password after checking the current one, ends the household's other sessions, and mails the
     * account's email that the password changed.
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
        mail.sendPasswordChanged(account.email(), false);
    }

    /**
     * Deletes the signed-in household's account and everything it recorded, once the household has typed its
     * email and, to show it is still them at the keyboard, its password; all its sessions end. An account without
     * a password (Google or GitHub only) has nothing to type instead, so its session must have signed in within
     * the last {@link #RECENT_SIGN_IN} (docs/decisions/0012-email-links.md).
     *
     * @param password the account's password; ignored for an account without one
     * @throws InvalidInputException when the typed email is not the account's ({@code confirmEmail}), the password
     *                               is wrong ({@code deletePassword}), a provider-only session signed in too long
     *                               ago ({@code confirmEmail}), or it is the last admin; nothing changes then
     */
    @Transactional
    @HouseholdOnly
    public void deleteAccount(String typedEmail, String password) {
        Account account = current();
        if (!EmailAddresses.normalize(typedEmail).equals(account.email())) {
            throw new InvalidInputException("confirmEmail", "Type your email, " + account.email()
                    + ", to confirm.");
        }
        String hash = account.passwordHash();
        if (hash != null && !passwordEncoder.matches(password, hash)) {
            throw new InvalidInputException("deletePassword", "That is not your password.");
        }
        if (hash == null && !CurrentUser.get().map(user -> user.signedInWithin(RECENT_SIGN_IN, clock)).orElse(false)) {
            throw new InvalidInputException("confirmEmail", "To delete the account, sign out and sign in again "
                    + "with Google or GitHub first, then delete it within " + RECENT_SIGN_IN.toMinutes()
                    + " minutes.");
        }
        if (lastAdmin.wouldBeGoneWithout(account)) {
            throw new InvalidInputException("confirmEmail", "You are the last admin. Make another account an admin "
                    + "first, so someone can still look after this installation.");
        }
        long id = account.id();
        accounts.delete(account);
        sessions.endAllSessions(id);
    }

    /** Whether the household signs in with a password, so the account page asks for it to delete the account. */
    @HouseholdOnly
    public boolean hasPassword() {
        return current().passwordHash() != null;
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
}
