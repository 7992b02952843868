package io.milkledger.account;

import io.milkledger.security.Role;
import io.milkledger.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the account behind the email typed into the sign-in form, and stores the new hash when Spring re-hashes
 * an outdated one (bcrypt, or a Werkzeug hash from the old app) after a successful sign-in. The sign-in provider
 * built in {@code security.throttle.SignInThrottleConfiguration} uses both.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final FirstAdmins firstAdmins;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, FirstAdmins firstAdmins, Clock clock) {
        this.accounts = accounts;
        this.firstAdmins = firstAdmins;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByTypedEmail(email)
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no password account for this email"));
        return signedIn(account, firstAdmins, clock);
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPasswordHash) {
        Account account = accounts.findByTypedEmail(user.getUsername()).orElse(null);
        // a password changed since this sign-in read the account is newer than the one just typed; keep it
        if (account == null || newPasswordHash == null
                || !Objects.equals(account.passwordHash(), user.getPassword())) {
            return user;
        }
        account.changePasswordHash(newPasswordHash);
        return signedIn(account, firstAdmins, clock);
    }

    /**
     * The session's user for the account, whichever way it signed in. An account that {@code APP_ADMIN_EMAILS}
     * makes an admin is one from this sign-in on; {@link SignInStamp} stores the role once the sign-in succeeded.
     */
    static SignedInUser signedIn(Account account, FirstAdmins firstAdmins, Clock clock) {
        Set<Role> roles = EnumSet.copyOf(account.roles());
        if (firstAdmins.makesAdmin(account)) {
            roles.add(Role.ADMIN);
        }
        var authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.passwordHash(),
                account.enabled(), authorities, clock.instant());
    }
}
