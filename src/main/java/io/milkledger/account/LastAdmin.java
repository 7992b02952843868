package io.milkledger.account;

import org.springframework.stereotype.Component;

/**
 * The rule that an installation always keeps an enabled admin, so someone can still look after it: the one home of
 * the check behind the admin pages' disable, revoke and delete and the account page's "delete my account".
 */
@Component
class LastAdmin {

    private final AccountRepository accounts;

    LastAdmin(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * Whether taking this account away as an admin (disabling, deleting it, revoking its role) would leave no enabled
     * admin. Locks the enabled admins' rows until the transaction ends, so two admins removing each other at the same
     * moment take turns and the second is told it is the last.
     */
    boolean wouldBeGoneWithout(Account leaving) {
        if (!leaving.isAdmin() || !leaving.enabled()) {
            return false;
        }
        return accounts.lockEnabledAdmins().stream().noneMatch(id -> id != leaving.id());
    }
}
