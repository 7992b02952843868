package io.milkledger.account;

import io.milkledger.security.Role;
import io.milkledger.security.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Signs in a household for a request that carries no session, such as an API call with a token: the account as a
 * household member, if it still may use the app. Never as an admin: what an admin does needs a signed-in session
 * with its second factor.
 */
@Service
public class ActiveAccounts {

    private final AccountRepository accounts;
    private final Clock clock;

    ActiveAccounts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The household member behind the account, unless it is disabled or gone. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> householdMember(long accountId) {
        return accounts.findById(accountId)
                .filter(Account::enabled)
                .map(account -> new SignedInUser(account.id(), account.email(), account.displayName(), null, true,
                        List.of(new SimpleGrantedAuthority(Role.USER.authority())), clock.instant()));
    }
}
