package io.milkledger.account;

import io.milkledger.security.Role;
import io.milkledger.security.SignedInUser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * After every successful sign-in, with a password or with Google or GitHub: notes when the account last signed in
 * (the users view shows it), and stores the admin role of an account that {@code APP_ADMIN_EMAILS} names, so the
 * role stays when the setting is later emptied and the users view counts it.
 */
@Component
@EnableConfigurationProperties(FirstAdmins.class)
class SignInStamp {

    private final AccountRepository accounts;
    private final FirstAdmins firstAdmins;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInStamp(AccountRepository accounts, FirstAdmins firstAdmins, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.firstAdmins = firstAdmins;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onSignIn(AuthenticationSuccessEvent success) {
        if (!(success.getAuthentication().getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        accounts.signedInAt(user.accountId(), clock.instant());
        accounts.findById(user.accountId())
                .filter(account -> firstAdmins.makesAdmin(account) && !account.isAdmin())
                .ifPresent(account -> {
                    account.grant(Role.ADMIN);
                    events.publishEvent(new AccountAdministered(AdminAction.ADMIN_GRANTED, account.id(),
                            account.email(), "listed in APP_ADMIN_EMAILS"));
                });
    }
}
