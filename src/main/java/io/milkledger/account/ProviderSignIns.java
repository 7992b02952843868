package io.milkledger.account;

import io.milkledger.account.ProviderSignInRefusedException.Reason;
import io.milkledger.base.Currencies;
import io.milkledger.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Signing in with Google or GitHub. A provider's account is recognised by the provider's id for the person, so
 * a changed email at the provider changes nothing here. The first time, the provider must vouch for the email: only
 * then is it joined to the household with that email, or does it create one. An email the provider has not
 * verified neither opens someone else's ledger nor takes the address from its owner.
 */
@Service
public class ProviderSignIns {

    private final AccountRepository accounts;
    private final LinkedIdentityRepository identities;
    private final ApplicationEventPublisher events;
    private final FirstAdmins firstAdmins;
    private final AccountSessions sessions;
    private final AccountMail mail;
    private final Clock clock;

    ProviderSignIns(AccountRepository accounts, LinkedIdentityRepository identities,
                    ApplicationEventPublisher events, FirstAdmins firstAdmins, AccountSessions sessions,
                    AccountMail mail, Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.events = events;
        this.firstAdmins = firstAdmins;
        this.sessions = sessions;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * The household the provider's account signs in as: the one it is linked to; else, if the provider verified
     * its email, the one with that email, which it is then linked to (its email now proven; a password set by
     * someone who never proved the address is removed and its sessions end), or a new household, created as
     * registration creates one (with its starting price) but without a password, its email proven.
     *
     * @throws ProviderSignInRefusedException when the provider has not verified the email, gave none, or the
     *                                        account is disabled; nothing is stored then
     */
    @Transactional
    public SignedInUser signIn(ProviderIdentity identity) {
        Account account = identities.findByProviderAndSubject(identity.provider().registrationId(), identity.subject())
                .map(link -> accounts.findById(link.userId())
                        .orElseThrow(() -> new IllegalStateException("a linked identity without its account")))
                .orElseGet(() -> link(identity));
        if (!account.enabled()) {
            throw new ProviderSignInRefusedException(Reason.DISABLED, "the account is disabled");
        }
        return AccountUserDetailsService.signedIn(account, firstAdmins, clock);
    }

    private Account link(ProviderIdentity identity) {
        String email = identity.email() == null ? "" : EmailAddresses.normalize(identity.email());
        if (email.isEmpty() || email.length() > 254) {
            throw new ProviderSignInRefusedException(Reason.NO_EMAIL,
                    identity.provider().displayName() + " gave no usable email address");
        }
        if (!identity.emailVerified()) {
            // An address the provider has not verified is anyone's to type: it neither creates an account, which
            // would keep the real owner from signing up, nor joins the one that has it.
            throw new ProviderSignInRefusedException(Reason.UNVERIFIED_EMAIL,
                    identity.provider().displayName() + " has not verified the email address");
        }
        Account account = accounts.findByEmail(email).orElse(null);
        if (account == null) {
            account = create(identity, email);
        } else {
            boolean passwordRemoved = false;
            if (!account.emailProven()) {
                // Whoever set this account's password, or linked a provider that had not verified the address (as
                // was allowed once), never proved the address; the provider just did. Keeping the password, that
                // link, or a session signed in with either would let someone who claimed a stranger's email in
                // advance into the stranger's ledger.
                passwordRemoved = account.passwordHash() != null;
                account.forgetUnprovenPassword();
                identities.deleteByUserId(account.id());
                sessions.endEverywhere(account.id());
            }
            account.proveEmail(clock.instant());
            mail.sendProviderLinked(email, identity.provider().displayName(), passwordRemoved);
        }
        identities.save(new LinkedIdentity(identity.provider(), identity.subject(), account.id(), email));
        return account;
    }

    private Account create(ProviderIdentity identity, String email) {
        // no time zone comes with a provider sign-in; the household sets its own in settings
        Account account = new Account(email, displayName(identity, email), null, Currencies.DEFAULT,
                ZoneId.of("UTC"), RegistrationService.DEFAULT_USUAL_LITRES);
        account.proveEmail(clock.instant());
        account = accounts.save(account);
        events.publishEvent(new HouseholdRegistered(account.id(), Currencies.DEFAULT));
        return account;
    }

    /** The provider's name for them, within the 100 characters a name may have, or their email's local part. */
    private static String displayName(ProviderIdentity identity, String email) {
        String name = identity.displayName().strip();
        if (name.isEmpty()) {
            name = email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@'));
        }
        return name.codePointCount(0, name.length()) <= 100 ? name
                : name.substring(0, name.offsetByCodePoints(0, 100)).strip();
    }
}
