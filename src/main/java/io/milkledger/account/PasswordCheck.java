package io.milkledger.account;

import io.milkledger.security.CurrentUser;
import io.milkledger.security.HouseholdOnly;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the signed-in household for its password again, before a change that a stolen session must not make on
 * its own (such as turning two-factor sign-in on or off). Accounts that sign in only with Google or GitHub have no
 * password to ask for.
 */
@Component
@Transactional(readOnly = true)
public class PasswordCheck {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    PasswordCheck(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Whether the signed-in household has a password; false for one that signs in only with Google or GitHub. */
    @HouseholdOnly
    public boolean hasPassword() {
        return current().passwordHash() != null;
    }

    /** Whether the typed text is the signed-in household's password; always false without one. */
    @HouseholdOnly
    public boolean isRight(String typed) {
        String hash = current().passwordHash();
        return hash != null && passwordEncoder.matches(typed, hash);
    }

    private Account current() {
        return accounts.findById(CurrentUser.id())
                .orElseThrow(() -> new IllegalStateException("the signed-in account no longer exists"));
    }
}
